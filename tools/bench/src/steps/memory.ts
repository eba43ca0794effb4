// Peak memory of parsing and auditing one document of about 4 MiB, shape by shape. Run by src/main.ts,
// one child process per shape, with MEMORY_NODE_ARGS.
import { GCProfiler } from 'node:v8';
import { auditContest, parseContest } from '@tally/core';
import { SCALING_SIZES, SHAPES, type Shape, scalingDocument } from '@tally/corpus';
import { reportResult } from '../child.ts';

/** V8's young generation for this step, in MiB (`--max-semi-space-size`): garbage lives at most this long. */
export const MEMORY_SEMI_SPACE_MIB = 2;

/**
 * Every collection a full one (`--gc-global`) over a small young generation: garbage, old or young, is
 * gone at each collection and lives at most one young generation's worth of allocation, so the heap
 * sampled before a collection is what the work holds plus at most that garbage. `--expose-gc` gives the
 * collection before the baseline and before the retained figure.
 */
export const MEMORY_NODE_ARGS = [
  '--expose-gc',
  '--gc-global',
  `--max-semi-space-size=${MEMORY_SEMI_SPACE_MIB}`,
];

export type MemoryPoint = {
  shape: Shape;
  /** The document's size in UTF-8 bytes. */
  bytes: number;
  /** Heap used plus external memory (array buffers) before the document is made, after a full collection. */
  baselineBytes: number;
  /**
   * The most heap used plus external memory while the document is made, parsed and audited, less the
   * baseline: V8's GC profiler's figures before and after every collection, and after the audit.
   */
  peakBytes: number;
  /** What stays after the audit with the contest and its findings still held (a full collection first), less the baseline. */
  retainedBytes: number;
  /** Collections during parse + audit. */
  collections: number;
  ms: number;
  outcome: { ok: true; rows: number; findings: number } | { ok: false; code: string };
};

type Heap = { usedHeapSize: number; externalMemory: number };
type GcProfile = {
  statistics: { beforeGC: { heapStatistics: Heap }; afterGC: { heapStatistics: Heap } }[];
};

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory.ts needs --expose-gc (MEMORY_NODE_ARGS)');
  gc();
}

const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const heapOf = (h: Heap) => h.usedHeapSize + h.externalMemory;

/** Makes the largest scaling document of `shape` from its bytes, parses and audits it, and reports the heap. */
export function measureMemory(
  shape: Shape,
  size = SCALING_SIZES[SCALING_SIZES.length - 1] as number,
): MemoryPoint {
  collect();
  const baseline = heapNow();
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  // The document as a Worker receives it: UTF-8 bytes (an array buffer), counted from the baseline on.
  const bytes = new TextEncoder().encode(scalingDocument(shape, size));
  const result = parseContest(bytes, { file: `${shape}.txt` });
  const findings = result.ok ? auditContest(result.contest) : [];
  const ms = performance.now() - start;
  const atEnd = heapNow();
  const profile = profiler.stop() as GcProfile;
  let peak = atEnd;
  for (const { beforeGC, afterGC } of profile.statistics)
    peak = Math.max(peak, heapOf(beforeGC.heapStatistics), heapOf(afterGC.heapStatistics));
  collect();
  const retained = heapNow();
  const outcome: MemoryPoint['outcome'] = result.ok
    ? { ok: true, rows: result.contest.results.length, findings: findings.length }
    : { ok: false, code: result.error.code };
  return {
    shape,
    bytes: bytes.byteLength,
    baselineBytes: baseline,
    peakBytes: peak - baseline,
    retainedBytes: retained - baseline,
    collections: profile.statistics.length,
    ms,
    outcome,
  };
}

if (import.meta.main) {
  const [shape] = process.argv.slice(2);
  if (!SHAPES.includes(shape as Shape))
    throw new Error(`usage: node src/steps/memory.ts (${SHAPES.join('|')})`);
  reportResult(measureMemory(shape as Shape));
}
