import { describe, expect, it } from 'vitest';
import { findFigures } from './figures.js';
import { tokenize } from './tokens.js';

function figures(sentence: string) {
  return findFigures(tokenize(sentence)).map(
    ({ kind, value, decimals, bound, of, total, threshold, margin }) => ({
      kind,
      value,
      decimals,
      bound,
      of,
      total,
      threshold,
      margin,
    }),
  );
}

const plain = { bound: 'exact', of: null, total: false, threshold: false, margin: false };

describe('findFigures', () => {
  it('reads percents in every spelling, at their stated precision', () => {
    expect(figures('Kerry 51%, Clark 23.7 percent, Dean 12 per cent.')).toEqual([
      { ...plain, kind: 'percent', value: 51, decimals: 0 },
      { ...plain, kind: 'percent', value: 23.7, decimals: 1 },
      { ...plain, kind: 'percent', value: 12, decimals: 0 },
    ]);
  });

  it('reads vote counts, rounded ones at their rounding', () => {
    expect(figures('Kerry won 5,366 votes; over 9,500 votes; 1.2 million popular votes.')).toEqual([
      { ...plain, kind: 'votes', value: 5366, decimals: 0 },
      { ...plain, kind: 'votes', value: 9500, decimals: -2, bound: 'at-least' },
      { ...plain, kind: 'votes', value: 1_200_000, decimals: -5 },
    ]);
  });

  it('reads delegate counts, with a total and a whole', () => {
    expect(figures('A total of 76 (of 95) delegates; Kerry won 46 of the 76 pledged delegates.')).toEqual([
      { ...plain, kind: 'delegates', value: 76, decimals: 0, of: 95, total: true },
      { ...plain, kind: 'delegates', value: 46, decimals: 0, of: 76 },
    ]);
  });

  it('reads a count after `of` as a whole, and `N of the M votes` as a count with its whole', () => {
    expect(figures('Kerry won 40% of 10,000 votes, and 2,519 of the 5,600 votes in Iowa.')).toEqual([
      { ...plain, kind: 'percent', value: 40, decimals: 0 },
      { ...plain, kind: 'votes', value: 10_000, decimals: -4, total: true },
      { ...plain, kind: 'votes', value: 2519, decimals: 0, of: 5600 },
    ]);
  });

  it('marks thresholds, margins and bounds', () => {
    expect(figures('A 15 percent threshold; Kerry won by 20%; Dean carried just under 40%.')).toEqual([
      { ...plain, kind: 'percent', value: 15, decimals: 0, threshold: true },
      { ...plain, kind: 'percent', value: 20, decimals: 0, margin: true },
      { ...plain, kind: 'percent', value: 40, decimals: 0, bound: 'at-most' },
    ]);
  });

  it('reads no figure in a date or a count of people', () => {
    expect(figures('Held on February 3, 2004, when 9,500 people showed to vote.')).toEqual([]);
  });
});
