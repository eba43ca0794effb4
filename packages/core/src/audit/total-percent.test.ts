import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { checkTotalPercent } from './total-percent.js';

describe('checkTotalPercent', () => {
  it('accepts 100% and 100.00%', () => {
    expect(checkTotalPercent(makeContest({ rows: northDakotaRows, total: { percent: '100%' } }))).toEqual([]);
    expect(checkTotalPercent(makeContest({ rows: northDakotaRows, total: { percent: '100.00%' } }))).toEqual(
      [],
    );
  });

  it('accepts a total that adds up the rounded rows (100.01%)', () => {
    expect(checkTotalPercent(makeContest({ rows: northDakotaRows, total: { percent: '100.01%' } }))).toEqual(
      [],
    );
  });

  it('flags a Total row percent that is not 100', () => {
    const contest = makeContest({ rows: northDakotaRows, total: { percent: '99%' } });
    expect(checkTotalPercent(contest)).toEqual([
      {
        code: 'total-percent-mismatch',
        severity: 'error',
        message: 'The Total row states 99%; the shares of all the rows make 100%.',
        line: contest.totals.line,
        lines: [contest.totals.line],
      },
    ]);
  });
});
