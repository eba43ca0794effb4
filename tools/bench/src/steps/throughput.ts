import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { auditContest, parseContest } from '@tally/core';
import { reportResult } from '../child.ts';
import { type CpuProfile, type ProfileSummary, summarizeProfile } from '../profile-summary.ts';
import { mbPerSecond, median, perSecond } from '../stats.ts';

export type Rate = { mbPerSecond: number; documentsPerSecond: number; passMs: number; passes: number };

export type ThroughputResult = {
  documents: number;
  bytes: number;
  floor: Rate;
  parse: Rate;
  parseAudit: Rate;
  parsed: number;
  findings: number;
  failures: { file: string; code: string; line: number; message: string }[];
  /** Where parse + audit spends its time: a sampling profile of untimed passes. */
  profile: ProfileSummary | null;
};

/** Documents the warm-up runs over: enough for the JIT to settle, few enough for a 100,000 corpus. */
const WARMUP_DOCUMENTS = 500;

/**
 * Warms `work` up on the first documents for a quarter of `minMs`, then runs it over every document,
 * pass after pass, for at least `minMs` (and three passes, unless one pass outlasts 3 x minMs);
 * rates come from the median pass.
 */
export function measurePasses(
  docs: readonly Uint8Array[],
  work: (doc: Uint8Array, index: number) => void,
  minMs: number,
): Rate {
  const warm = Math.min(docs.length, WARMUP_DOCUMENTS);
  const warmStart = performance.now();
  do {
    for (let i = 0; i < warm; i++) work(docs[i] as Uint8Array, i);
  } while (performance.now() - warmStart < minMs / 4);

  const bytes = docs.reduce((s, d) => s + d.byteLength, 0);
  const times: number[] = [];
  const start = performance.now();
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < docs.length; i++) work(docs[i] as Uint8Array, i);
    times.push(performance.now() - t0);
    const elapsed = performance.now() - start;
    if (elapsed >= minMs && (times.length >= 3 || elapsed >= 3 * minMs)) break;
  }
  const passMs = median(times);
  return {
    mbPerSecond: mbPerSecond(bytes, passMs),
    documentsPerSecond: perSecond(docs.length, passMs),
    passMs,
    passes: times.length,
  };
}

/** Samples `work` with V8's profiler, repeating it until at least `minMs` of samples are taken. */
async function profile(work: () => void, minMs: number): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const start = performance.now();
    do {
      work();
    } while (performance.now() - start < minMs);
    const { profile: result } = await session.post('Profiler.stop');
    return summarizeProfile(result as CpuProfile);
  } finally {
    session.disconnect();
  }
}

/** Floor, parse, and parse + audit over the `.txt` documents of a directory, read into memory first. */
export async function measureThroughput(dir: string, minMs: number): Promise<ThroughputResult> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  // One file at a time: 100,000 reads at once would hold more descriptors open than the process may.
  const docs = files.map((f) => new Uint8Array(readFileSync(join(dir, f))));
  const decoder = new TextDecoder();
  let sink = 0;

  const floor = measurePasses(
    docs,
    (doc) => {
      sink += decoder.decode(doc).split('\n').length;
    },
    minMs,
  );
  const parse = measurePasses(
    docs,
    (doc, i) => {
      const result = parseContest(doc, { file: files[i] });
      if (result.ok) sink += result.contest.results.length;
    },
    minMs,
  );
  const parseAudit = measurePasses(
    docs,
    (doc, i) => {
      const result = parseContest(doc, { file: files[i] });
      if (result.ok) sink += auditContest(result.contest).length;
    },
    minMs,
  );

  // Untimed: count what was read and what the audit found, then profile parse + audit.
  const failures: ThroughputResult['failures'] = [];
  let parsed = 0;
  let findings = 0;
  docs.forEach((doc, i) => {
    const file = files[i] ?? '';
    const result = parseContest(doc, { file });
    if (!result.ok) {
      failures.push({
        file,
        code: result.error.code,
        line: result.error.line,
        message: result.error.message,
      });
      return;
    }
    parsed++;
    findings += auditContest(result.contest).length;
  });
  const sample = docs.slice(0, 2_000);
  const summary = await profile(
    () => {
      for (const doc of sample) {
        const result = parseContest(doc);
        if (result.ok) sink += auditContest(result.contest).length;
      }
    },
    Math.min(minMs, 2_000),
  );

  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  const bytes = docs.reduce((s, d) => s + d.byteLength, 0);
  return {
    documents: docs.length,
    bytes,
    floor,
    parse,
    parseAudit,
    parsed,
    findings,
    failures: failures.slice(0, 20),
    profile: summary,
  };
}

if (import.meta.main) {
  const [dir, minMs] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node src/steps/throughput.ts DIR [MIN_MS]');
  reportResult(await measureThroughput(dir, Number(minMs ?? 1000)));
}
