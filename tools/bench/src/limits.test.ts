import { describe, expect, it } from 'vitest';
import { estimateLimit, type LimitSpec, WORKER_LIMITS } from './limits.ts';

const spec: LimitSpec = { name: 'test limit', basis: 'raw', limit: 10_000, source: 'a test' };

describe('estimateLimit', () => {
  it('finds where a line through the measured sizes reaches the limit', () => {
    const estimate = estimateLimit(spec, [
      { contests: 10, value: 1_100 },
      { contests: 100, value: 2_000 },
    ]);
    expect(estimate.slope).toBeCloseTo(10, 9);
    expect(estimate.intercept).toBeCloseTo(1_000, 9);
    expect(estimate.estimatedMaxContests).toBe(900);
    expect(estimate.below).toEqual({ contests: 100, value: 2_000 });
    expect(estimate.above).toBeNull();
  });

  it('keeps the largest size that fits and the smallest that does not', () => {
    const estimate = estimateLimit(spec, [
      { contests: 4, value: 500 },
      { contests: 500, value: 6_000 },
      { contests: 2_000, value: 21_000 },
      { contests: 1_000, value: 11_000 },
    ]);
    expect(estimate.below).toEqual({ contests: 500, value: 6_000 });
    expect(estimate.above).toEqual({ contests: 1_000, value: 11_000 });
    expect(estimate.points).toBe(4);
  });

  it('gives no estimate from a single size or a line that does not grow', () => {
    expect(estimateLimit(spec, [{ contests: 4, value: 500 }]).estimatedMaxContests).toBeNull();
    const flat = estimateLimit(spec, [
      { contests: 4, value: 500 },
      { contests: 400, value: 500 },
    ]);
    expect(flat.estimatedMaxContests).toBeNull();
  });
});

describe('WORKER_LIMITS', () => {
  it('holds the current 64 MiB limit and the former compressed ones', () => {
    expect(WORKER_LIMITS.map((l) => [l.basis, l.limit])).toEqual([
      ['raw', 64 * 1024 * 1024],
      ['gzip', 10 * 1024 * 1024],
      ['gzip', 3 * 1024 * 1024],
      ['startup', 1000],
    ]);
  });
});
