import { describe, expect, it } from 'vitest';
import { linearFit, mbPerSecond, median, percentile, perSecond, powerLawExponent } from './stats.ts';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 99)).toBeCloseTo(49.6, 10);
    expect(percentile([5], 99)).toBe(5);
  });

  it('does not depend on the input order', () => {
    expect(percentile([4, 1, 3, 2], 25)).toBe(1.75);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('rates', () => {
  it('gives megabytes per second from bytes and milliseconds', () => {
    expect(mbPerSecond(50_000_000, 500)).toBe(100);
  });

  it('gives counts per second from milliseconds', () => {
    expect(perSecond(300, 1500)).toBe(200);
  });
});

describe('linearFit', () => {
  it('finds the line through exact points', () => {
    expect(
      linearFit([
        { x: 10, y: 1_100 },
        { x: 1_000, y: 100_100 },
        { x: 10_000, y: 1_000_100 },
      ]),
    ).toEqual({ slope: 100, intercept: 100 });
  });
});

describe('powerLawExponent', () => {
  it('reads 1 from linear growth and 2 from quadratic, whatever the constant factor', () => {
    const sizes = [1e4, 1e5, 1e6];
    expect(powerLawExponent(sizes.map((x) => ({ x, y: 3e-5 * x })))).toBeCloseTo(1, 10);
    expect(powerLawExponent(sizes.map((x) => ({ x, y: 7e-12 * x * x })))).toBeCloseTo(2, 10);
  });

  it('gives NaN when fewer than two points can be read on a log scale', () => {
    expect(powerLawExponent([{ x: 10, y: 1 }])).toBeNaN();
    expect(
      powerLawExponent([
        { x: 10, y: 1 },
        { x: 20, y: 0 },
      ]),
    ).toBeNaN();
  });
});
