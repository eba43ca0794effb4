import { describe, expect, it } from 'vitest';
import { largestFileGrowth, MAX_STRING_LENGTH } from './growth.ts';
import type { DataBuildRow, Row } from './results.ts';

const build = (contests: number, topFiles: Record<string, number>): Row<DataBuildRow> => ({
  scale: String(contests),
  contests,
  ok: true,
  value: {
    ms: 1,
    outputBytes: 0,
    outputFiles: 0,
    largest: { path: '', bytes: 0 },
    topFiles,
    maxRssBytes: 0,
    acknowledged: 0,
  },
});

describe('largestFileGrowth', () => {
  it('follows the largest file of the largest corpus and fits its growth between the two largest', () => {
    const growth = largestFileGrowth([
      build(10, { 'contests.json': 100_000, 'tally.json': 10_000 }),
      build(1000, { 'contests.json': 10_000_000, 'tally.json': 100_000_000 }),
      { scale: '10000', contests: 10_000, ok: false, error: 'RangeError: Invalid string length' },
    ]);
    expect(growth?.file).toBe('tally.json');
    expect(growth?.points).toEqual([
      { contests: 10, bytes: 10_000 },
      { contests: 1000, bytes: 100_000_000 },
    ]);
    expect(growth?.exponent).toBeCloseTo(2, 9);
    expect(growth?.stringLimitAt).toBe(Math.floor(1000 * Math.sqrt(MAX_STRING_LENGTH / 100_000_000)));
  });

  it('needs two corpora built', () => {
    expect(largestFileGrowth([build(10, { 'tally.json': 1 })])).toBeNull();
  });
});
