import { describe, expect, it } from 'vitest';
import { parseContest } from '../parse/parse-contest.js';
import type { Contest } from '../schema/contest.js';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import {
  checkColumnsUnread,
  checkDates,
  checkDotGrouped,
  checkHeaderMissing,
  checkOtherResultTables,
  checkRowsAfterTotal,
  checkTotalRows,
} from './table-reading.js';

/** A small document: the title on line 1, a blank line, then these lines from line 3. */
function documentOf(...lines: string[]): string {
  return ['= 2004 North Dakota Democratic presidential caucuses =', '', ...lines].join('\n');
}

function contestOf(text: string): Contest {
  const result = parseContest(text);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.code}: ${result.error.message}`);
  return result.contest;
}

/** The 1-based number of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkColumnsUnread', () => {
  it('finds nothing when every column of figures is read', () => {
    expect(checkColumnsUnread(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('names a second count column, at the header', () => {
    const text = documentOf(
      '==Results==',
      '| Candidate | Votes | Votes (first round) | % |',
      '| John Kerry | 5,366 | 5,100 | 68.20 |',
      '| Wesley Clark | 2,502 | 2,600 | 31.80 |',
      '| Total | 7,868 | 7,700 | 100% |',
    );
    const header = lineOf(text, '| Candidate');
    expect(checkColumnsUnread(contestOf(text))).toEqual([
      {
        code: 'column-unread',
        severity: 'warning',
        message:
          'The column "Votes (first round)" (column 3) is a second count column, whose figures the parser does not read: they are in no result, total or check.',
        line: header,
        lines: [header],
      },
    ]);
  });

  it('names a column of figures under a header it cannot place', () => {
    const text = documentOf(
      '==Results==',
      '| Candidate | Votes | Rank |',
      '| John Kerry | 5,366 | 1 |',
      '| Wesley Clark | 2,502 | 2 |',
      '| Total | 7,868 | |',
    );
    expect(checkColumnsUnread(contestOf(text)).map((f) => f.message)).toEqual([
      'The column "Rank" (column 3) holds figures the parser does not read: they are in no result, total or check.',
    ]);
  });

  it('names an unlabelled column every row fills', () => {
    const text = documentOf(
      '==Results==',
      '| Candidate | Votes |',
      '| John Kerry | 5,366 | 9 |',
      '| Wesley Clark | 2,502 | 5 |',
      '| Total | 7,868 | 14 |',
    );
    expect(checkColumnsUnread(contestOf(text))).toMatchObject([
      {
        message:
          'The unlabelled column 3 of the results table holds figures the parser does not read: they are in no result, total or check.',
        line: lineOf(text, '| Candidate'),
      },
    ]);
  });
});

describe('checkHeaderMissing', () => {
  it('finds nothing when the table has a header row', () => {
    expect(checkHeaderMissing(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('says how each column of a table without a header was read, at the table', () => {
    const text = documentOf(
      '==Results==',
      '| John Kerry | 5,366 | 68.20 | 9 |',
      '| Wesley Clark | 2,502 | 31.80 | 5 |',
      '| Total | 7,868 | 100 | 14 |',
    );
    const table = lineOf(text, '| John Kerry');
    const contest = contestOf(text);
    expect(checkHeaderMissing(contest)).toEqual([
      {
        code: 'header-missing',
        severity: 'warning',
        message:
          'The results table has no header row, so its columns were read from their figures: column 1 as name, column 2 as votes, column 3 as percent, column 4 as unread.',
        line: table,
        lines: [table],
      },
    ]);
    expect(checkColumnsUnread(contest)).toMatchObject([
      {
        message:
          'The unlabelled column 4 of the results table holds figures the parser does not read: they are in no result, total or check.',
        line: table,
      },
    ]);
  });
});

describe('checkDotGrouped', () => {
  it('finds nothing when the counts group thousands with commas', () => {
    expect(checkDotGrouped(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('says the counts were read as thousands, at the first row written with a dot', () => {
    const text = documentOf(
      '==Results==',
      '| Candidate | Votes | % |',
      '| Al Sharpton | 28 | 0.35 |',
      '| John Kerry | 5.366 | 67.96 |',
      '| Wesley Clark | 2.502 | 31.69 |',
      '| Total | 7.896 | 100% |',
    );
    const kerry = lineOf(text, '| John Kerry');
    expect(checkDotGrouped(contestOf(text))).toEqual([
      {
        code: 'counts-dot-grouped',
        severity: 'info',
        message:
          'The count column writes thousands with dots ("5.366" is 5,366): read as thousands, since no count in it is written otherwise.',
        line: kerry,
        lines: [kerry],
      },
    ]);
  });
});

describe('checkTotalRows', () => {
  const rows = [
    '==Results==',
    '| Candidate | Votes | % |',
    '| John Kerry | 5,366 | 68.20 |',
    '| Wesley Clark | 2,502 | 31.80 |',
  ];

  it('finds nothing when two Total rows agree', () => {
    const text = documentOf(...rows, '| Total | 7,868 | 100% |', '| Totals | 7,868 | 100% |');
    expect(checkTotalRows(contestOf(text))).toEqual([]);
  });

  it('names the later of two Total rows that disagree', () => {
    const text = documentOf(...rows, '| Total | 7,868 | 100% |', '| Totals | 7,900 | 100% |');
    const first = lineOf(text, '| Total |');
    const second = lineOf(text, '| Totals |');
    expect(checkTotalRows(contestOf(text))).toEqual([
      {
        code: 'total-rows-disagree',
        severity: 'error',
        message: `The results table has two Total rows that disagree (line ${first}: 7,868, 100; line ${second}: 7,900, 100); the first is the one read.`,
        line: second,
        lines: [first, second],
      },
    ]);
  });

  it('a figure one Total row leaves blank is no disagreement', () => {
    const text = documentOf(...rows, '| Total | 7,868 | 100% |', '| Totals | 7,868 | |');
    expect(checkTotalRows(contestOf(text))).toEqual([]);
  });
});

describe('checkRowsAfterTotal', () => {
  const rows = [
    '==Results==',
    '| Candidate | Votes | % |',
    '| John Kerry | 5,366 | 68.20 |',
    '| Wesley Clark | 2,502 | 31.80 |',
  ];

  it('names a row with figures after the Total row', () => {
    const text = documentOf(...rows, '| Total | 7,868 | 100% |', '| Howard Dean | 1,231 | |');
    const dean = lineOf(text, '| Howard Dean');
    const total = lineOf(text, '| Total');
    expect(checkRowsAfterTotal(contestOf(text))).toEqual([
      {
        code: 'rows-after-total',
        severity: 'warning',
        message:
          'A row with figures stands after the Total row ("Howard Dean | 1,231"): not read as results.',
        line: dean,
        lines: [total, dean],
      },
    ]);
  });

  it('names several, and not a row of words', () => {
    const text = documentOf(
      ...rows,
      '| Total | 7,868 | 100% |',
      '| Source: the state party | | |',
      '| Howard Dean | 1,231 | |',
      '| John Edwards | 1,025 | 9.71 |',
    );
    expect(checkRowsAfterTotal(contestOf(text))).toMatchObject([
      {
        message:
          '2 rows with figures stand after the Total row ("Howard Dean | 1,231", "John Edwards | 1,025 | 9.71"): not read as results.',
        line: lineOf(text, '| Howard Dean'),
        lines: [lineOf(text, '| Total'), lineOf(text, '| Howard Dean'), lineOf(text, '| John Edwards')],
      },
    ]);
  });
});

describe('checkOtherResultTables', () => {
  const table = [
    '| Candidate | Votes | % |',
    '| John Kerry | 5,366 | 68.20 |',
    '| Wesley Clark | 2,502 | 31.80 |',
    '| Total | 7,868 | 100% |',
  ];

  it('finds nothing beside a table for another scope', () => {
    const text = documentOf(
      '==Results==',
      ...table,
      '',
      '==Results by county==',
      '| County | Votes |',
      '| Cass | 1,000 |',
      '| Total | 1,000 |',
    );
    expect(checkOtherResultTables(contestOf(text))).toEqual([]);
  });

  it('names a second table that could also be the statewide results', () => {
    const text = documentOf('==Results==', ...table, '', '==Official results==', ...table);
    const first = lineOf(text, '| Candidate');
    const second = lineOf(text, '==Official results==') + 1;
    expect(checkOtherResultTables(contestOf(text))).toEqual([
      {
        code: 'results-table-ambiguous',
        severity: 'warning',
        message: `The table at line ${second} could also be the statewide results: the results are read from the table at line ${first}, the first of them.`,
        line: second,
        lines: [first, second],
      },
    ]);
  });

  it('names a table with a Total row that could not be read, and why', () => {
    const unreadable = table.map((row) => row.replace('5,366', 'many'));
    const text = documentOf('==Early returns==', ...unreadable, '', '==Results==', ...table);
    const first = lineOf(text, '| Candidate');
    const results = lineOf(text, '==Results==') + 1;
    expect(checkOtherResultTables(contestOf(text))).toEqual([
      {
        code: 'results-table-unread',
        severity: 'warning',
        message: `The table at line ${first} has a Total row but is not readable as results: The votes cell "many" is not a number: expected digits with optional thousands separators and decimals, or a dash for none; the results are read from the table at line ${results}.`,
        line: first,
        lines: [first, results],
      },
    ]);
  });
});

describe('checkDates', () => {
  const table = ['==Results==', '| Candidate | Votes |', '| John Kerry | 5,366 |', '| Total | 5,366 |'];

  it('finds nothing when every statement of the date agrees', () => {
    const text = documentOf(
      'Infobox',
      '- Election Date: 2004-02-03',
      '',
      'The caucuses were held on February 3.',
      '',
      ...table,
    );
    expect(checkDates(contestOf(text))).toEqual([]);
  });

  it('names a labelled line that disagrees with the infobox, the date read from the infobox', () => {
    const text = documentOf(
      'Infobox',
      '- Election Date: 2004-02-03',
      '',
      'Caucus date: February 8, 2004',
      '',
      ...table,
    );
    const infobox = lineOf(text, 'Election Date');
    const labelled = lineOf(text, 'Caucus date');
    const contest = contestOf(text);
    expect(contest.date).toBe('2004-02-03');
    expect(checkDates(contest)).toEqual([
      {
        code: 'date-mismatch',
        severity: 'warning',
        message: `The infobox gives the date as 2004-02-03 ("2004-02-03"), but a date line says 2004-02-08 ("Caucus date: February 8, 2004", line ${labelled}).`,
        line: labelled,
        lines: [infobox, labelled],
      },
    ]);
  });

  it('without an infobox date, the labelled line is read and the prose weighed against it', () => {
    const text = documentOf(
      'Date: February 3, 2004',
      '',
      'The caucuses were held on February 10.',
      '',
      ...table,
    );
    const labelled = lineOf(text, 'Date:');
    const prose = lineOf(text, 'were held');
    const contest = contestOf(text);
    expect(contest.date).toBe('2004-02-03');
    expect(checkDates(contest)).toMatchObject([
      {
        message: `A date line gives the date as 2004-02-03 ("Date: February 3, 2004"), but the prose says 2004-02-10 ("February 10", line ${prose}).`,
        line: prose,
        lines: [labelled, prose],
      },
    ]);
  });

  it('finds nothing when the document states no date', () => {
    expect(checkDates(contestOf(documentOf(...table)))).toEqual([]);
  });
});
