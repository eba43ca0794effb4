import { describe, expect, it } from 'vitest';
import {
  type InfoboxCandidateSpec,
  makeContest,
  northDakotaRows,
  rowLine,
  withRow,
} from './fixtures/contest.js';
import { checkInfoboxTable } from './infobox-table.js';

const infobox: InfoboxCandidateSpec[] = [
  { name: 'John Kerry', delegates: '9', votes: '5,366', percent: '50.82%' },
  { name: 'Wesley Clark', delegates: '5', votes: '2,502', percent: '23.70%' },
];

function groupLine(
  contest: ReturnType<typeof makeContest>,
  index: number,
  field: string,
): number | undefined {
  return contest.infobox.candidates[index]?.lines[field];
}

describe('checkInfoboxTable', () => {
  it('finds nothing when the infobox agrees with the table, whatever the number of candidates it lists', () => {
    expect(checkInfoboxTable(makeContest({ rows: northDakotaRows, infobox }))).toEqual([]);
  });

  it('matches a candidate by folded name, accents and case aside, and accepts a coarser percent (51%)', () => {
    const group = { name: 'JOHN KÉRRY', delegates: '9', votes: '5,366', percent: '51%' };
    expect(checkInfoboxTable(makeContest({ rows: northDakotaRows, infobox: [group] }))).toEqual([]);
  });

  it('accepts an infobox that rounds a count the table gives with decimals, and flags one it rounds wrong', () => {
    const rows = withRow(northDakotaRows, 'John Kerry', { votes: '5,366.48' });
    const rounded = { name: 'John Kerry', delegates: '9', votes: '5,366', percent: '50.82%' };
    expect(checkInfoboxTable(makeContest({ rows, infobox: [rounded] }))).toEqual([]);

    const contest = makeContest({ rows, infobox: [{ ...rounded, votes: '5,367' }] });
    expect(checkInfoboxTable(contest)).toEqual([
      {
        code: 'infobox-votes-mismatch',
        severity: 'warning',
        message: 'The infobox gives John Kerry 5,367 votes; the table gives 5,366.48.',
        line: groupLine(contest, 0, 'votes'),
        lines: [groupLine(contest, 0, 'votes'), rowLine(contest, 'John Kerry')],
      },
    ]);
  });

  it('flags other votes, percent and delegates, each with the infobox line and the row line', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      infobox: [{ name: 'John Kerry', delegates: '10', votes: '5,376', percent: '50.92%' }],
    });
    const row = rowLine(contest, 'John Kerry');
    expect(checkInfoboxTable(contest)).toEqual([
      {
        code: 'infobox-votes-mismatch',
        severity: 'warning',
        message: 'The infobox gives John Kerry 5,376 votes; the table gives 5,366.',
        line: groupLine(contest, 0, 'votes'),
        lines: [groupLine(contest, 0, 'votes'), row],
      },
      {
        code: 'infobox-percent-mismatch',
        severity: 'warning',
        message: 'The infobox gives John Kerry 50.92%; the table gives 50.82%.',
        line: groupLine(contest, 0, 'percent'),
        lines: [groupLine(contest, 0, 'percent'), row],
      },
      {
        code: 'infobox-delegates-mismatch',
        severity: 'warning',
        message: 'The infobox gives John Kerry 10 delegates; the table gives 9.',
        line: groupLine(contest, 0, 'delegates'),
        lines: [groupLine(contest, 0, 'delegates'), row],
      },
    ]);
  });

  it('flags a candidate withdrawn in one place and not the other', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Wesley Clark', { withdrawn: true }),
      infobox: [{ ...infobox[0], name: 'John Kerry', withdrawn: true }, infobox[1] as InfoboxCandidateSpec],
    });
    expect(checkInfoboxTable(contest)).toEqual([
      {
        code: 'infobox-withdrawn-mismatch',
        severity: 'warning',
        message: 'The infobox marks John Kerry as withdrawn; the table does not.',
        line: groupLine(contest, 0, 'candidate'),
        lines: [groupLine(contest, 0, 'candidate'), rowLine(contest, 'John Kerry')],
      },
      {
        code: 'infobox-withdrawn-mismatch',
        severity: 'warning',
        message: 'The table marks Wesley Clark as withdrawn; the infobox does not.',
        line: groupLine(contest, 1, 'candidate'),
        lines: [groupLine(contest, 1, 'candidate'), rowLine(contest, 'Wesley Clark')],
      },
    ]);
  });

  it('flags an infobox candidate the table has no row for', () => {
    const contest = makeContest({ rows: northDakotaRows, infobox: [{ name: 'Bob Graham', votes: '12' }] });
    expect(checkInfoboxTable(contest)).toEqual([
      {
        code: 'infobox-candidate-missing',
        severity: 'warning',
        message: 'The infobox lists Bob Graham (candidate 1), but the results table has no row for them.',
        line: groupLine(contest, 0, 'candidate'),
        lines: [groupLine(contest, 0, 'candidate'), contest.lines.resultsTable],
      },
    ]);
  });
});
