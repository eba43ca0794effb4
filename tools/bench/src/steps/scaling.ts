// One document of the seed family at growing sizes, shape by shape: parse + audit time against the
// size of the document. Run by src/main.ts in a child process of its own.
import { auditContest, parseContest } from '@tally/core';
import { reportResult } from '../child.ts';
import { SCALING_SIZES, SHAPES, type Shape, scalingDocument } from '../corpus/scaling-documents.ts';
import { median } from '../stats.ts';

export type ScalingPoint = {
  bytes: number;
  /** Median parse + audit time of one document of this size. */
  ms: number;
  runs: number;
  /** What the document gave: a contest (with its number of findings), or the parser's error code. */
  outcome: { ok: true; rows: number; findings: number } | { ok: false; code: string };
};

export type ScalingResult = { shape: Shape; points: ScalingPoint[] }[];

/** Runs `work` until `minMs` has passed and at least `minRuns` runs are done; the median run. */
function timeRuns(work: () => void, minMs: number, minRuns: number): { ms: number; runs: number } {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length };
}

export function measureScaling(minMs: number, sizes = SCALING_SIZES): ScalingResult {
  const encoder = new TextEncoder();
  let sink = 0;
  const parseAudit = (bytes: Uint8Array) => {
    const result = parseContest(bytes, { file: 'scaling.txt' });
    if (result.ok) sink += auditContest(result.contest).length;
    return result;
  };
  const result = SHAPES.map((shape) => {
    const points = sizes.map((size): ScalingPoint => {
      const doc = encoder.encode(scalingDocument(shape, size));
      // One untimed run (it warms up and gives the outcome), then the timed runs.
      const first = parseAudit(doc);
      const { ms, runs } = timeRuns(() => parseAudit(doc), minMs, 3);
      const outcome: ScalingPoint['outcome'] = first.ok
        ? { ok: true, rows: first.contest.results.length, findings: auditContest(first.contest).length }
        : { ok: false, code: first.error.code };
      return { bytes: doc.byteLength, ms, runs, outcome };
    });
    return { shape, points };
  });
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  return result;
}

if (import.meta.main) {
  const [minMs] = process.argv.slice(2);
  reportResult(measureScaling(Number(minMs ?? 300)));
}
