import { describe, expect, it } from 'vitest';
import { makeContest, type RowSpec, rowLine } from './fixtures/contest.js';
import { checkPseudoDelegates } from './pseudo-delegates.js';

const rows: RowSpec[] = [
  { name: 'John Edwards', votes: '9,093', percent: '51.06', delegates: '57' },
  { name: 'John Kerry', votes: '4,844', percent: '27.20', delegates: '29' },
  { name: 'Dennis Kucinich', votes: '2,175', percent: '12.21', delegates: '4' },
  { name: 'Howard Dean', votes: '1,009', percent: '5.67', delegates: '0' },
  { name: 'Al Sharpton', votes: '582', percent: '3.27', delegates: '0' },
  { name: 'Uncommitted', votes: '106', percent: '0.60', delegates: '17' },
];

describe('checkPseudoDelegates', () => {
  it('finds nothing when no pseudo-candidate holds delegates', () => {
    const clean = rows.map((row) => (row.name === 'Uncommitted' ? { ...row, delegates: '0' } : row));
    expect(checkPseudoDelegates(makeContest({ rows: clean }))).toEqual([]);
  });

  it('tells when Uncommitted holds as many delegates as the infobox says are unpledged', () => {
    const contest = makeContest({ rows, delegates: { total: 107, pledged: 90, unpledged: 17 } });
    expect(checkPseudoDelegates(contest)).toEqual([
      {
        code: 'pseudo-candidate-delegates',
        severity: 'info',
        message:
          'Uncommitted holds 17 delegates, as many as the 17 unpledged delegates the infobox states: they likely stand for the unpledged delegates, not for delegates won by vote.',
        line: rowLine(contest, 'Uncommitted'),
        lines: [contest.delegates.line, rowLine(contest, 'Uncommitted')],
      },
    ]);
  });

  it('names a stated threshold the Uncommitted share is under', () => {
    const contest = makeContest({
      rows,
      paragraphs: ['A 15 percent threshold is required to receive delegates.'],
    });
    const threshold = contest.paragraphs[0]?.line ?? 0;
    expect(checkPseudoDelegates(contest)).toEqual([
      {
        code: 'pseudo-candidate-delegates',
        severity: 'info',
        message: `Uncommitted holds 17 delegates: in Democratic contests an Uncommitted row can stand for unpledged delegates or for delegates elected uncommitted. Its 0.60% is under the 15% threshold stated on line ${threshold}.`,
        line: rowLine(contest, 'Uncommitted'),
        lines: [threshold, rowLine(contest, 'Uncommitted')],
      },
    ]);
  });
});
