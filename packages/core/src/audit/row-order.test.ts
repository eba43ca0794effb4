import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows, type RowSpec, rowLine } from './fixtures/contest.js';
import { checkRowOrder } from './row-order.js';

describe('checkRowOrder', () => {
  it('finds nothing when the rows are in order of votes', () => {
    expect(checkRowOrder(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('leaves pseudo-candidates listed last out of the order', () => {
    const rows = [...northDakotaRows, { name: 'Uncommitted', votes: '500', percent: '4.52', delegates: '0' }];
    expect(checkRowOrder(makeContest({ rows }))).toEqual([]);
  });

  it('tells when the rows follow delegates instead of votes', () => {
    const rows: RowSpec[] = [
      { name: 'John Kerry', votes: '84,818', delegates: '93' },
      { name: 'Al Sharpton', votes: '11,404', delegates: '7' },
      { name: 'John Edwards', votes: '21,905', delegates: '4' },
    ];
    const contest = makeContest({ rows });
    const sharpton = rowLine(contest, 'Al Sharpton');
    const edwards = rowLine(contest, 'John Edwards');
    expect(checkRowOrder(contest)).toEqual([
      {
        code: 'rows-out-of-order',
        severity: 'info',
        message: `The rows are not in order of votes: Al Sharpton (line ${sharpton}, 11,404) stands above John Edwards (line ${edwards}, 21,905). The table is ordered by delegates instead; rank by votes, not by row order.`,
        line: sharpton,
        lines: [sharpton, edwards],
      },
    ]);
  });

  it('says when no column explains the order', () => {
    const rows: RowSpec[] = [
      { name: 'John Kerry', votes: '100', delegates: '1' },
      { name: 'Al Sharpton', votes: '50', delegates: '0' },
      { name: 'John Edwards', votes: '70', delegates: '1' },
    ];
    const [finding] = checkRowOrder(makeContest({ rows }));
    expect(
      finding?.message.endsWith('No other column explains the order; rank by votes, not by row order.'),
    ).toBe(true);
  });
});
