import { describe, expect, it } from 'vitest';
import { makeContest, type RowSpec, rowLine } from './fixtures/contest.js';
import { checkThreshold } from './threshold.js';

const rows: RowSpec[] = [
  { name: 'John Kerry', votes: '11,397', percent: '48.41%', delegates: '46' },
  { name: 'Howard Dean', votes: '7,060', percent: '29.99%', delegates: '24' },
  { name: 'Dennis Kucinich', votes: '1,927', percent: '8.19%', delegates: '0' },
  { name: 'John Edwards', votes: '1,571', percent: '6.67%', delegates: '0' },
  { name: 'Uncommitted', votes: '799', percent: '3.39%', delegates: '6' },
  { name: 'Wesley Clark', votes: '768', percent: '3.26%', delegates: '0' },
  { name: 'Al Sharpton', votes: '19', percent: '0.08%', delegates: '0' },
];
const rule = 'A 15 percent threshold is required to receive delegates.';

describe('checkThreshold', () => {
  it('finds nothing when delegates follow the stated threshold, Uncommitted aside', () => {
    expect(checkThreshold(makeContest({ rows, paragraphs: [rule] }))).toEqual([]);
  });

  it('finds nothing without a stated threshold', () => {
    const awarded = rows.map((row) => (row.name === 'Dennis Kucinich' ? { ...row, delegates: '6' } : row));
    expect(checkThreshold(makeContest({ rows: awarded }))).toEqual([]);
  });

  it('warns about a candidate under the threshold holding delegates', () => {
    const awarded = rows.map((row) => (row.name === 'Dennis Kucinich' ? { ...row, delegates: '6' } : row));
    const contest = makeContest({ rows: awarded, paragraphs: [rule] });
    const line = contest.paragraphs[0]?.line ?? 0;
    expect(checkThreshold(contest)).toEqual([
      {
        code: 'threshold-below-with-delegates',
        severity: 'warning',
        message: `Dennis Kucinich won 8.19% statewide, under the 15% threshold stated on line ${line}, yet holds 6 delegates (a candidate can pass the threshold in a district without passing it statewide).`,
        line: rowLine(contest, 'Dennis Kucinich'),
        lines: [line, rowLine(contest, 'Dennis Kucinich')],
      },
    ]);
  });

  it('warns about a candidate over the threshold holding none', () => {
    const awarded = rows.map((row) => (row.name === 'Howard Dean' ? { ...row, delegates: '0' } : row));
    const contest = makeContest({ rows: awarded, paragraphs: [rule] });
    const line = contest.paragraphs[0]?.line ?? 0;
    expect(checkThreshold(contest)).toEqual([
      {
        code: 'threshold-above-without-delegates',
        severity: 'warning',
        message: `Howard Dean won 29.99% statewide, over the 15% threshold stated on line ${line}, yet holds no delegates.`,
        line: rowLine(contest, 'Howard Dean'),
        lines: [line, rowLine(contest, 'Howard Dean')],
      },
    ]);
  });
});
