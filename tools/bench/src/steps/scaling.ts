// One document of the seed family at growing sizes, shape by shape: parse + audit time against the
// size of the document. Run by src/main.ts in a child process of its own.
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { auditContest, parseContest } from '@tally/core';
import { SCALING_SIZES, SHAPES, type Shape, scalingDocument } from '@tally/corpus';
import { reportResult } from '../child.ts';

/**
 * V8's young generation for this step, in MiB (`--max-semi-space-size`). With the default (16 MiB), a
 * document of a few MiB holds more live objects than a young generation, and when V8 promotes them
 * varies from run to run: parsing the same 3.75 MiB `tables` document took 158 and 228 ms in two runs
 * on 2026-12-01, and 149 ms with 128 MiB. The step measures the parser's work, so it runs with room for its objects.
 */
export const SCALING_SEMI_SPACE_MIB = 128;

export type ScalingPoint = {
  bytes: number;
  /** The fastest parse + audit of one document of this size (other load, and garbage collection, only add time). */
  ms: number;
  /**
   * The fastest run less the garbage collection V8 reported inside it (`gc` performance entries): the
   * parser's and the audit's own work, which is what linear growth is judged on.
   */
  workMs?: number;
  /** Garbage collection inside the run that gave `workMs`. */
  gcMs?: number;
  runs: number;
  /** What the document gave: a contest (with its number of findings), or the parser's error code. */
  outcome: { ok: true; rows: number; findings: number } | { ok: false; code: string };
};

export type ScalingResult = { shape: Shape; points: ScalingPoint[] }[];

type Run = { start: number; end: number };

/** Garbage collection V8 reports, as performance entries: the time of each pause, after the fact. */
function watchGc(): { pauses: { start: number; end: number }[]; stop(): void } {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

function gcWithin(pauses: readonly { start: number; end: number }[], run: Run): number {
  let total = 0;
  for (const pause of pauses)
    total += Math.max(0, Math.min(pause.end, run.end) - Math.max(pause.start, run.start));
  return total;
}

/**
 * For each shape, every size in rounds (each round runs each size once) until there are at least five
 * rounds and `minMs` per size: a slow spell of the machine then falls on all sizes alike, and each
 * size keeps its fastest run.
 */
export async function measureScaling(minMs: number, sizes = SCALING_SIZES): Promise<ScalingResult> {
  const encoder = new TextEncoder();
  let sink = 0;
  const parseAudit = (bytes: Uint8Array) => {
    const result = parseContest(bytes, { file: 'scaling.txt' });
    if (result.ok) sink += auditContest(result.contest).length;
    return result;
  };
  const gc = watchGc();
  const result: ScalingResult = [];
  for (const shape of SHAPES) {
    const docs = sizes.map((size) => encoder.encode(scalingDocument(shape, size)));
    // One untimed run each (it warms up and gives the outcome), then the rounds.
    const firsts = docs.map((doc) => parseAudit(doc));
    const runs: Run[][] = docs.map(() => []);
    const started = performance.now();
    for (let round = 0; round < 5 || performance.now() - started < minMs * docs.length; round++) {
      docs.forEach((doc, i) => {
        const start = performance.now();
        parseAudit(doc);
        runs[i]?.push({ start, end: performance.now() });
      });
    }
    await sleep(0); // lets the observer receive the runs' gc entries (a tick is not enough)
    const points = docs.map((doc, i): ScalingPoint => {
      const timed = (runs[i] ?? []).map((run) => {
        const gcMs = gcWithin(gc.pauses, run);
        return { ms: run.end - run.start, gcMs, workMs: run.end - run.start - gcMs };
      });
      const fastestWork = timed.reduce((a, b) => (b.workMs < a.workMs ? b : a));
      const first = firsts[i];
      const outcome: ScalingPoint['outcome'] = !first
        ? { ok: false, code: 'not-run' }
        : first.ok
          ? { ok: true, rows: first.contest.results.length, findings: auditContest(first.contest).length }
          : { ok: false, code: first.error.code };
      return {
        bytes: doc.byteLength,
        ms: Math.min(...timed.map((t) => t.ms)),
        workMs: fastestWork.workMs,
        gcMs: fastestWork.gcMs,
        runs: timed.length,
        outcome,
      };
    });
    gc.pauses.length = 0;
    result.push({ shape, points });
  }
  gc.stop();
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return result;
}

if (import.meta.main) {
  const [minMs] = process.argv.slice(2);
  reportResult(await measureScaling(Number(minMs ?? 1000)));
}
