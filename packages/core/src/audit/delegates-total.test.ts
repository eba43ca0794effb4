import { describe, expect, it } from 'vitest';
import { checkDelegatesTotal, rowDelegates } from './delegates-total.js';
import { makeContest, northDakotaRows, withRow } from './fixtures/contest.js';

describe('checkDelegatesTotal', () => {
  it('finds nothing when the rows award the Total row delegates', () => {
    expect(checkDelegatesTotal(makeContest({ rows: northDakotaRows, total: { delegates: '14' } }))).toEqual(
      [],
    );
  });

  it('flags rows that award more delegates than the Total row states', () => {
    const contest = makeContest({ rows: northDakotaRows, total: { delegates: '13' } });
    expect(checkDelegatesTotal(contest)).toEqual([
      {
        code: 'delegates-total-mismatch',
        severity: 'error',
        message: 'The rows award 14 delegates in all, but the Total row states 13 (off by -1).',
        line: contest.totals.line,
        lines: [...contest.results.map((row) => row.line), contest.totals.line],
      },
    ]);
  });

  it('reads a dashed delegates cell as none awarded', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Al Sharpton', { delegates: '–' }),
      total: { delegates: '14' },
    });
    expect(rowDelegates(contest)).toBe(14);
    expect(checkDelegatesTotal(contest)).toEqual([]);
  });
});
