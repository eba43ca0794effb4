import type { BenchResults, BundleRow, Row } from './results.ts';
import { linearFit } from './stats.ts';

/** A Workers limit the bundled data grows towards, and which measured figure it applies to. */
export type LimitSpec = {
  name: string;
  /** The figure compared with the limit: the bundle's bytes, its gzip bytes, or start-up time. */
  basis: 'raw' | 'gzip' | 'startup';
  limit: number;
  source: string;
};

export type LimitPoint = { contests: number; value: number };

export type LimitEstimate = LimitSpec & {
  /** Least-squares line through the measured points: value = intercept + slope * contests. */
  slope: number;
  intercept: number;
  /** Where the line reaches the limit; null when it does not grow (or fewer than two points). */
  estimatedMaxContests: number | null;
  /** The largest measured size within the limit, and the smallest past it. */
  below: LimitPoint | null;
  above: LimitPoint | null;
  points: number;
};

const MIB = 1024 * 1024;

/**
 * The limits a Worker with bundled data meets. Cloudflare's limits page lists one Worker size limit,
 * 64 MiB uncompressed on the Free and Paid plans, since 2026-09-04; the compressed limits before it
 * (3 MiB Free, 10 MiB Paid, gzip as wrangler counts it) are kept for accounts and tools that still apply them.
 */
export const WORKER_LIMITS: LimitSpec[] = [
  {
    name: 'Worker size, 64 MiB uncompressed (Free and Paid)',
    basis: 'raw',
    limit: 64 * MIB,
    source:
      'developers.cloudflare.com/workers/platform/limits ("Worker size: 64 MiB | 64 MiB"); the compressed limits were removed on 2026-09-04 (cloudflare/cloudflare-docs#33241)',
  },
  {
    name: 'former Paid limit, 10 MiB gzip',
    basis: 'gzip',
    limit: 10 * MIB,
    source: 'Workers limits page before 2026-09-04: "10 MB" after compression on Workers Paid',
  },
  {
    name: 'former Free limit, 3 MiB gzip',
    basis: 'gzip',
    limit: 3 * MIB,
    source: 'Workers limits page before 2026-09-04: "3 MB" after compression on Workers Free',
  },
  {
    name: 'Worker start-up time, 1 s',
    basis: 'startup',
    limit: 1000,
    source:
      'developers.cloudflare.com/workers/platform/limits ("Worker startup time: 1 second"); measured here as workerd evaluating the script on this machine',
  },
];

/** Fits a line through the measured points and says where it meets the limit. */
export function estimateLimit(spec: LimitSpec, points: readonly LimitPoint[]): LimitEstimate {
  let below: LimitPoint | null = null;
  let above: LimitPoint | null = null;
  for (const p of points) {
    if (p.value <= spec.limit && (!below || p.contests > below.contests)) below = p;
    if (p.value > spec.limit && (!above || p.contests < above.contests)) above = p;
  }
  const distinct = new Set(points.map((p) => p.contests)).size;
  if (distinct < 2) {
    return {
      ...spec,
      slope: Number.NaN,
      intercept: Number.NaN,
      estimatedMaxContests: null,
      below,
      above,
      points: points.length,
    };
  }
  const { slope, intercept } = linearFit(points.map((p) => ({ x: p.contests, y: p.value })));
  return {
    ...spec,
    slope,
    intercept,
    estimatedMaxContests: slope > 0 ? Math.max(0, Math.floor((spec.limit - intercept) / slope)) : null,
    below,
    above,
    points: points.length,
  };
}

/** Where the bundled data meets each Workers limit: a line through every measured bundle. */
export function workerLimits(bundles: Row<BundleRow>[]): BenchResults['limits'] {
  const points = (pick: (b: BundleRow) => number | null): LimitPoint[] =>
    bundles.flatMap((b) => {
      const value = b.ok ? pick(b.value) : null;
      return b.ok && b.contests !== null && value !== null ? [{ contests: b.contests, value }] : [];
    });
  return WORKER_LIMITS.map((spec) =>
    estimateLimit(
      spec,
      points((b) =>
        spec.basis === 'raw'
          ? b.rawBytes
          : spec.basis === 'gzip'
            ? b.gzipBytes
            : b.startup && !('error' in b.startup)
              ? b.startup.scriptAttributableMs
              : null,
      ),
    ),
  );
}
