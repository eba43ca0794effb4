import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { checkVotesTotal } from './votes-total.js';

describe('checkVotesTotal', () => {
  it('finds nothing when the rows add up to the Total row', () => {
    expect(checkVotesTotal(makeContest({ rows: northDakotaRows, total: { votes: '10,558' } }))).toEqual([]);
  });

  it('flags a Total row that is not the sum of the rows, naming every row and the Total row', () => {
    const contest = makeContest({ rows: northDakotaRows, total: { votes: '10,568' } });
    const rowLines = contest.results.map((row) => row.line);
    expect(checkVotesTotal(contest)).toEqual([
      {
        code: 'votes-total-mismatch',
        severity: 'error',
        message: 'The 7 rows add up to 10,558 votes, but the Total row states 10,568 (off by 10).',
        line: contest.totals.line,
        lines: [...rowLines, contest.totals.line],
      },
    ]);
  });

  it('does not add up rows when one has no votes', () => {
    const rows = northDakotaRows.map((row, index) => (index === 6 ? { ...row, votes: null } : row));
    expect(checkVotesTotal(makeContest({ rows, total: { votes: '10,558' } }))).toEqual([]);
  });
});
