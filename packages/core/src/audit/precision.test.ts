import { describe, expect, it } from 'vitest';
import {
  agreesAtPrecision,
  decimalsOf,
  formatCount,
  statedFiguresAgree,
  wholePrecisionOf,
} from './precision.js';

describe('decimalsOf', () => {
  it.each([
    ['50.82', 2],
    ['48.41%', 2],
    ['100%', 0],
    ['100.00%', 2],
    ['1,234.5', 1],
  ])('reads %s as stated with %i decimals', (raw, decimals) => {
    expect(decimalsOf(raw, 0)).toBe(decimals);
  });

  it('falls back to the value when the cell is not kept', () => {
    expect(decimalsOf(null, 3.5)).toBe(1);
  });
});

describe('wholePrecisionOf', () => {
  it.each([
    ['84,818', 0],
    ['9,500', -2],
    ['10,000', -4],
    ['0', 0],
  ])('reads %s as rounded to 10^-(%i)', (raw, decimals) => {
    expect(wholePrecisionOf(raw)).toBe(decimals);
  });
});

describe('agreesAtPrecision', () => {
  it('accepts the share rounded to the stated decimals', () => {
    expect(agreesAtPrecision(50.824, 50.82, 2)).toBe(true);
    expect(agreesAtPrecision(50.824, 51, 0)).toBe(true);
    expect(agreesAtPrecision(9_612, 9_600, -2)).toBe(true);
  });

  it('rejects a figure one unit off at its precision', () => {
    expect(agreesAtPrecision(50.824, 50.83, 2)).toBe(false);
    expect(agreesAtPrecision(50.824, 50, 0)).toBe(false);
    expect(agreesAtPrecision(9_612, 9_500, -2)).toBe(false);
  });
});

describe('statedFiguresAgree', () => {
  it('compares two stated figures at the coarser precision', () => {
    expect(statedFiguresAgree(51.79, 2, 52, 0)).toBe(true);
    expect(statedFiguresAgree(52, 0, 51.79, 2)).toBe(true);
    expect(statedFiguresAgree(51.79, 2, 51.78, 2)).toBe(false);
    expect(statedFiguresAgree(51.79, 2, 51, 0)).toBe(false);
  });
});

describe('formatCount', () => {
  it('groups thousands as en-US does, for whole counts and for fractions', () => {
    const values = [0, -0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, 84_818, -9_876_543_210];
    for (const value of [...values, 2 ** 53 - 1, -(2 ** 53), 2 ** 60, 1e21, 0.5, 1234.56789, -0.00004]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 4 }));
    }
    expect([Number.NaN, Number.POSITIVE_INFINITY].map(formatCount)).toEqual(['NaN', '∞']);
  });
});
