import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { checkPercentSum } from './percent-sum.js';

const sharesOnly = northDakotaRows.map(({ name, percent }) => ({ name, percent, votes: null }));

describe('checkPercentSum', () => {
  it('accepts shares without counts that add up to 100 within rounding (100.01)', () => {
    expect(checkPercentSum(makeContest({ rows: sharesOnly, total: { votes: null } }))).toEqual([]);
  });

  it('does not run when the rows give counts (each percent is checked against its share instead)', () => {
    const rows = northDakotaRows.map((row) => ({ ...row, percent: '10.00' }));
    expect(checkPercentSum(makeContest({ rows }))).toEqual([]);
  });

  it('flags shares that add up to more than rounding allows', () => {
    const rows = sharesOnly.map((row, index) => (index === 0 ? { ...row, percent: '51.82' } : row));
    const contest = makeContest({ rows, total: { votes: null } });
    expect(checkPercentSum(contest)).toEqual([
      {
        code: 'percent-sum-mismatch',
        severity: 'error',
        message: 'The stated percents add up to 101.01%; rounding 7 figures can move 100% by 0.035% at most.',
        line: contest.results[0]?.line,
        lines: [...contest.results.map((row) => row.line), contest.totals.line],
      },
    ]);
  });
});
