import type { FindingCode } from '../audit/codes.js';
import type { Severity } from '../schema/finding.js';
import type { ParseErrorCode } from '../schema/parse-error.js';
import type { Outcome } from '../schema/tally.js';

/**
 * What each document of `corpus/` must give, written from issue 11 and its contract
 * (notes/FIDELITY-SPEC.md), not from what the parser does today. One entry per document, with a line
 * saying what it exercises.
 */

export type ErrorCode = ParseErrorCode;
export type ExpectedFindingCode = FindingCode;

/** The classes of issue 11's items 1-10, and documents that must give no warning or error at all. */
export const FIDELITY_CLASSES = {
  table: '1. which table is the result',
  counts: '2. counts are whole numbers',
  shape: '3. row shape',
  'no-figure': '4. cells with no figure',
  columns: '5. columns not understood',
  title: '6. titles',
  totals: '7. two Total rows',
  markup: '8. links and templates in cells',
  date: '9. dates',
  line: '10. findings point at the line',
  clean: 'no warning or error (false alarms)',
} as const;
export type FidelityClass = keyof typeof FIDELITY_CLASSES;

/** A line of the document, named by a text that stands on exactly one of its lines. */
export type At = string;

/** candidate (as read: markup and a (withdrawn) suffix gone), votes (the counted unit), percent, delegates. */
export type ExpectedRow = readonly [
  candidate: string,
  votes: number | null,
  percent: number | null,
  delegates: number | null,
];

export interface ExpectedFinding {
  code: ExpectedFindingCode;
  severity?: Severity;
  /** The primary line: the one that is wrong, or most likely wrong. */
  line?: At;
  /** Lines the finding must name among its `lines`. */
  lines?: readonly At[];
}

export interface ExpectedContest {
  id?: string;
  unit?: string | null;
  date?: string | null;
  /** Where the date was read (`lines.date`); null when no date. */
  dateLine?: At | null;
  /** The results table's first line (`lines.resultsTable`). */
  resultsTable?: At;
  /** Every row of the results table, in order. */
  rows?: readonly ExpectedRow[];
  /** votes, percent, delegates of the Total row. */
  totals?: readonly [votes: number | null, percent: number | null, delegates: number | null];
  totalLine?: At;
  /** Findings that must be present. */
  findings?: readonly ExpectedFinding[];
  /** Codes that must be absent. */
  absent?: readonly ExpectedFindingCode[];
  /** No finding of severity warning or error. */
  clean?: boolean;
  outcome?: Outcome;
  /** The winner's candidate id; null when none. */
  winner?: string | null;
  runnerUp?: string | null;
}

export interface ExpectedError {
  code: ErrorCode;
  line?: At;
}

interface Entry {
  file: string;
  class: FidelityClass;
  exercises: string;
}
/** A contest, or (where the contract allows either) the error that refuses it. */
export type Expectation =
  | (Entry & { contest: ExpectedContest; orError?: ExpectedError })
  | (Entry & { error: ExpectedError });

const ERROR = 'error' as const;
const WARNING = 'warning' as const;
const INFO = 'info' as const;

/** The results of the date documents, which differ only in where and how they state the date. */
const DATE_ROWS: readonly ExpectedRow[] = [
  ['Barack Obama', 12011, 43.64, 24],
  ['Hillary Clinton', 9870, 35.86, 20],
  ['John Edwards', 4432, 16.1, 0],
  ['Uncommitted', 1207, 4.39, 0],
];
const DATE_TOTALS = [27520, 100, 44] as const;

/** The 17,049-vote table several documents vary one cell of. */
const ND_ROWS: readonly ExpectedRow[] = [
  ['John Kerry', 7720, 45.28, 8],
  ['Wesley Clark', 6101, 35.79, 6],
  ['Howard Dean', 2840, 16.66, 0],
  ['John Edwards', 388, 2.28, 0],
];

export const EXPECTATIONS: readonly Expectation[] = [
  // 1. Which table is the result.
  {
    file: 'table-other-year-section-first.txt',
    class: 'table',
    exercises:
      'a 2000 table with its own Total row under a "===2000 results===" heading stands before the 2008 one',
    contest: {
      id: '2008-nv-republican-caucus',
      resultsTable: '| Candidate | Votes | % | Delegates |',
      rows: [
        ['Mitt Romney', 14105, 41.16, 18],
        ['Ron Paul', 11820, 34.49, 4],
        ['John McCain', 6433, 18.77, 4],
        ['Fred Thompson', 1911, 5.58, 5],
      ],
      totals: [34269, 100, 31],
      date: '2008-01-19',
      clean: true,
      outcome: 'decided',
      winner: 'mitt-romney',
    },
  },
  {
    file: 'table-county-caption-first.txt',
    class: 'table',
    exercises:
      'a `|+ Cumberland County results` table with a Total row comes first; the statewide one is captioned',
    contest: {
      id: '2016-me-republican-caucus',
      resultsTable: '| Candidate | Votes | % | Delegates |',
      rows: [
        ['Ted Cruz', 8804, 44.93, 12],
        ['Donald Trump', 7126, 36.36, 9],
        ['John Kasich', 2231, 11.38, 2],
        ['Marco Rubio', 980, 5, 0],
        ['Ben Carson', 455, 2.32, 0],
      ],
      totals: [19596, 100, 23],
      date: '2016-03-05',
      clean: true,
    },
  },
  {
    file: 'table-district-section-first.txt',
    class: 'table',
    exercises:
      'a "===1st congressional district===" table, same columns and a Total row, before "===Statewide==="',
    contest: {
      id: '2016-ne-democratic-caucus',
      rows: [
        ['Bernie Sanders', 19250, 57.74, 15],
        ['Hillary Clinton', 14090, 42.26, 10],
      ],
      totals: [33340, 100, 25],
      totalLine: '| Total | 33,340 |',
      clean: true,
    },
  },
  {
    file: 'table-other-party-section-first.txt',
    class: 'table',
    exercises:
      'a Republican caucus article whose first table, under "==Democratic caucuses==", is the other party’s',
    contest: {
      id: '2012-ia-republican-caucus',
      totalLine: '| Total | 53,738 |',
      rows: [
        ['Mitt Romney', 29650, 55.18, null],
        ['Rick Santorum', 17003, 31.64, null],
        ['Ron Paul', 6210, 11.56, null],
        ['Newt Gingrich', 875, 1.63, null],
      ],
      totals: [53738, 100, null],
      clean: true,
      outcome: 'decided',
      winner: 'mitt-romney',
    },
  },
  {
    file: 'table-other-state-caption-first.txt',
    class: 'table',
    exercises:
      'a same-day table captioned for Utah comes first in an Idaho article; its caption must not be compared',
    contest: {
      id: '2016-id-democratic-caucus',
      rows: [
        ['Bernie Sanders', 24312, 70.82, 17],
        ['Hillary Clinton', 10015, 29.18, 6],
      ],
      totals: [34327, 100, 23],
      date: '2016-03-22',
      absent: ['contest-state-mismatch'],
      clean: true,
    },
  },
  {
    file: 'table-only-county.txt',
    class: 'table',
    exercises: 'the only table with a Total row is "==Results by county==": no statewide table',
    error: { code: 'results-table-missing' },
  },
  {
    file: 'table-two-statewide-ambiguous.txt',
    class: 'table',
    exercises:
      'two statewide tables (first and final alignment), both with Total rows: the first is used, and reported',
    contest: {
      id: '2020-ia-democratic-caucus',
      resultsTable: '| Candidate | Votes | Percent |',
      rows: [
        ['Bernie Sanders', 540, 46.08, null],
        ['Pete Buttigieg', 510, 43.52, null],
        ['Elizabeth Warren', 122, 10.41, null],
      ],
      totals: [1172, 100, null],
      findings: [
        {
          code: 'results-table-ambiguous',
          severity: WARNING,
          lines: ['| Candidate | Votes | Percent |', '| Candidate | Votes | % |'],
        },
      ],
    },
  },
  {
    file: 'table-parish-title-row-first.txt',
    class: 'table',
    exercises: 'an "Orleans Parish" title row heads the first table; the statewide one has its own title row',
    contest: {
      id: '2008-la-democratic-primary',
      resultsTable: '| 2008 Louisiana Democratic presidential primary |',
      rows: [
        ['Barack Obama', 91823, 51.39, 34],
        ['Hillary Clinton', 60412, 33.81, 22],
        ['John Edwards', 22119, 12.38, 0],
        ['Uncommitted', 4310, 2.41, 0],
      ],
      totals: [178664, 100, 56],
      date: '2008-02-09',
      clean: true,
    },
  },
  {
    file: 'table-ward-caption-first.txt',
    class: 'table',
    exercises:
      'a styled `- style=... |Ward 2 results**` caption on the first table, in a District of Columbia article',
    contest: {
      id: '2008-dc-republican-primary',
      resultsTable: '| Candidate | Votes | % | Delegates |',
      rows: [
        ['John McCain', 7100, 52.86, 16],
        ['Mike Huckabee', 5020, 37.38, 0],
        ['Ron Paul', 1311, 9.76, 0],
      ],
      totals: [13431, 100, 16],
      date: '2008-02-12',
      clean: true,
    },
  },

  // 2. Counts are whole numbers.
  {
    file: 'counts-dot-grouped.txt',
    class: 'counts',
    exercises:
      'every count cell groups thousands with dots (`5.366`, `308`, Total `9.505`): thousands, with an info',
    contest: {
      rows: [
        ['Jimmy Carter', 5366, 56.45, 12],
        ['Ted Kennedy', 2502, 26.32, 6],
        ['Jerry Brown', 1231, 12.95, 2],
        ['Uncommitted', 308, 3.24, 0],
        ['Others', 98, 1.03, 0],
      ],
      totals: [9505, 100, 20],
      date: '1980-02-10',
      findings: [{ code: 'counts-dot-grouped', severity: INFO }],
      clean: true,
    },
  },
  {
    file: 'counts-dot-grouped-millions.txt',
    class: 'counts',
    exercises: 'dot-grouped millions (`1.234.567`) under `Popular vote`, with `%`-signed percents',
    contest: {
      unit: 'votes',
      rows: [
        ['John McCain', 1234567, 45.87, 120],
        ['Mitt Romney', 987654, 36.7, 40],
        ['Mike Huckabee', 456789, 16.97, 10],
        ['Ron Paul', 12345, 0.46, 0],
      ],
      totals: [2691355, 100, 170],
      findings: [{ code: 'counts-dot-grouped', severity: INFO }],
      clean: true,
    },
  },
  {
    file: 'counts-dot-in-one-cell.txt',
    class: 'counts',
    exercises:
      'one `5.366` among comma-grouped counts: not a column of dot-grouped thousands, so not 5.366 votes',
    error: { code: 'count-not-whole', line: '| Jimmy Carter |' },
  },
  {
    file: 'counts-half-vote.txt',
    class: 'counts',
    exercises: 'a `2,318.5` in a Votes column (and its Total): votes are whole',
    error: { code: 'count-not-whole', line: '| Steve Forbes |' },
  },
  {
    file: 'counts-decimal-caucus-goers.txt',
    class: 'counts',
    exercises: 'a `604.3` among whole counts of caucus-goers',
    error: { code: 'count-not-whole', line: '| Howard Dean |' },
  },
  {
    file: 'counts-state-delegate-equivalents.txt',
    class: 'counts',
    exercises: 'state delegate equivalents carry decimals (`940.25`, `744.5`): read exactly, no error',
    contest: {
      unit: 'state delegate equivalents',
      rows: [
        ['John Kerry', 940.25, 37.98, null],
        ['John Edwards', 744.5, 30.07, null],
        ['Howard Dean', 737.75, 29.8, null],
        ['Dick Gephardt', 53, 2.14, null],
      ],
      totals: [2475.5, 100, null],
      date: '2004-01-19',
      absent: ['counts-dot-grouped'],
      clean: true,
      outcome: 'decided',
      winner: 'john-kerry',
    },
  },
  {
    file: 'counts-delegate-equivalents.txt',
    class: 'counts',
    exercises: 'a `Delegate equivalents` count with decimals and a `Share` percent column',
    contest: {
      unit: 'delegate equivalents',
      rows: [
        ['Bob Dole', 1128.48, 44.24, null],
        ['Pat Robertson', 1010.02, 39.59, null],
        ['George H. W. Bush', 412.5, 16.17, null],
      ],
      totals: [2551, 100, null],
      clean: true,
    },
  },
  {
    file: 'counts-beyond-2-53.txt',
    class: 'counts',
    exercises: 'a count of 9,007,199,254,740,993 (2^53 + 1) cannot be held exactly',
    error: { code: 'figure-out-of-range', line: '| Wesley Clark |' },
  },
  {
    file: 'counts-huge-total.txt',
    class: 'counts',
    exercises: 'a Total row count of twenty digits',
    error: { code: 'figure-out-of-range', line: '| Total |' },
  },
  {
    file: 'counts-huge-delegates.txt',
    class: 'counts',
    exercises: 'an ungrouped delegates cell beyond 2^53',
    error: { code: 'figure-out-of-range', line: '| Mitt Romney |' },
  },
  {
    file: 'counts-percent-sign-in-votes.txt',
    class: 'counts',
    exercises: '`5,366%` in the Votes column: a % sign in a count column, not 5,366 votes',
    error: { code: 'cell-not-numeric', line: '| John Kerry |' },
  },
  {
    file: 'counts-percent-over-100.txt',
    class: 'counts',
    exercises: 'a candidate row stating 146.37%',
    error: { code: 'figure-out-of-range', line: '| George W. Bush |' },
  },

  // 3. Row shape.
  {
    file: 'shape-inline-cells.txt',
    class: 'shape',
    exercises:
      'MediaWiki inline cells (`| Rick Santorum || 12,011 || 43.64 || 14`), `{|`, `|-` and `|}` remnants',
    contest: {
      rows: [
        ['Rick Santorum', 12011, 43.64, 14],
        ['Mitt Romney', 9870, 35.86, 13],
        ['Newt Gingrich', 4432, 16.1, 6],
        ['Ron Paul', 1207, 4.39, 3],
      ],
      totals: [27520, 100, 36],
      date: '2012-02-07',
      clean: true,
    },
  },
  {
    file: 'shape-inline-some-rows.txt',
    class: 'shape',
    exercises:
      'two rows of a single-pipe table written with `||` inline cells, with and without a closing pipe',
    contest: {
      rows: [
        ['Mitt Romney', 45120, 46.7, 20],
        ['John McCain', 38004, 39.34, 10],
        ['Mike Huckabee', 9921, 10.27, 0],
        ['Ron Paul', 3050, 3.16, 0],
        ['Uncommitted', 512, 0.53, 0],
      ],
      totals: [96607, 100, 30],
      clean: true,
    },
  },
  {
    file: 'shape-trailing-empty-cell.txt',
    class: 'shape',
    exercises: 'a row ending `| 6 | |`: one empty cell past the last column reads unambiguously',
    contest: { rows: ND_ROWS, totals: [17049, 100, 14], clean: true },
  },
  {
    file: 'shape-double-pipe-mid-row.txt',
    class: 'shape',
    exercises:
      '`| 6,101 || 35.79 |`: a doubled pipe mid-row, read as one separator or refused, never shifted',
    contest: { rows: ND_ROWS, totals: [17049, 100, 14], clean: true },
    orError: { code: 'row-cells-mismatch', line: '| Wesley Clark |' },
  },
  {
    file: 'shape-double-pipe-short-row.txt',
    class: 'shape',
    exercises:
      '`| 6,101 || 27 |`: three cells by the MediaWiki reading (refused), a blank percent by the Markdown one',
    contest: {
      rows: [
        ['Jerry Brown', 7720, 45.28, 20],
        ['Bill Clinton', 6101, null, 27],
        ['Paul Tsongas', 2840, 16.66, 0],
        ['Bob Kerrey', 388, 2.28, 0],
      ],
      totals: [17049, 100, 47],
      findings: [{ code: 'percent-missing', severity: WARNING, line: '| Bill Clinton |' }],
    },
    orError: { code: 'row-cells-mismatch', line: '| Bill Clinton |' },
  },
  {
    file: 'shape-empty-extra-cell.txt',
    class: 'shape',
    exercises:
      '`| 6,101 | | 35.79 | 9 |`: an extra empty cell mid-row; never percent blank and 35.79 delegates',
    contest: {
      rows: [
        ['Ted Cruz', 7720, 45.28, 24],
        ['Donald Trump', 6101, 35.79, 9],
        ['Marco Rubio', 2840, 16.66, 6],
        ['John Kasich', 388, 2.28, 1],
      ],
      totals: [17049, 100, 40],
    },
    orError: { code: 'row-cells-mismatch', line: '| Donald Trump |' },
  },
  {
    file: 'shape-missing-cell.txt',
    class: 'shape',
    exercises: 'a closed row with three cells under four columns: which one is missing cannot be told',
    error: { code: 'row-cells-mismatch', line: '| Marco Rubio |' },
  },
  {
    file: 'shape-extra-figure-cell.txt',
    class: 'shape',
    exercises: 'one row with a fifth, filled cell: dropping it would drop a figure silently',
    error: { code: 'row-cells-mismatch', line: '| John McCain |' },
  },
  {
    file: 'shape-stray-separators.txt',
    class: 'shape',
    exercises: 'Markdown separator rows (`| --- |`, `|---|`, `| :---: |`) and a `|-` inside the body',
    contest: {
      rows: [
        ['Donald Trump', 7720, 45.28, 11],
        ['Ted Cruz', 6101, 35.79, 7],
        ['Marco Rubio', 2840, 16.66, 1],
        ['John Kasich', 388, 2.28, 0],
      ],
      totals: [17049, 100, 19],
      date: '2016-03-08',
      clean: true,
    },
  },
  {
    file: 'shape-no-closing-pipes.txt',
    class: 'shape',
    exercises: 'no row, header included, ends with a closing pipe',
    contest: {
      rows: [
        ['John Kerry', 45120, 46.7, 48],
        ['John Edwards', 38004, 39.34, 34],
        ['Wesley Clark', 9921, 10.27, 0],
        ['Howard Dean', 3050, 3.16, 0],
        ['Dennis Kucinich', 512, 0.53, 0],
      ],
      totals: [96607, 100, 82],
      clean: true,
    },
  },

  // 4. Cells with no figure.
  {
    file: 'nofig-blank-votes-minor.txt',
    class: 'no-figure',
    exercises:
      'a blank count for a minor candidate: the gap (3,050) is reported, the winner and runner-up stand',
    contest: {
      rows: [
        ['Mitt Romney', 45120, 46.7, 20],
        ['John McCain', 38004, 39.34, 10],
        ['Mike Huckabee', 9921, 10.27, 0],
        ['Ron Paul', null, 3.16, 0],
        ['Uncommitted', 512, 0.53, 0],
      ],
      totals: [96607, 100, 30],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Ron Paul |', lines: ['| Total |'] }],
      outcome: 'decided',
      winner: 'mitt-romney',
      runnerUp: 'john-mccain',
    },
  },
  {
    file: 'nofig-na-votes-second.txt',
    class: 'no-figure',
    exercises: '`n/a` count and percent for the second row: the winner stands, the runner-up cannot be told',
    contest: {
      rows: [
        ['Steve Forbes', 45120, 46.7, null],
        ['Bob Dole', null, null, null],
        ['Pat Buchanan', 9921, 10.27, null],
        ['Lamar Alexander', 3050, 3.16, null],
        ['Others', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      findings: [
        { code: 'count-missing', severity: WARNING, line: '| Bob Dole |' },
        { code: 'percent-missing', severity: WARNING, lines: ['| Bob Dole |'] },
      ],
      outcome: 'decided',
      winner: 'steve-forbes',
      runnerUp: null,
    },
  },
  {
    file: 'nofig-question-leader.txt',
    class: 'no-figure',
    exercises: '`?` in the first row’s count and percent: the 45,120 left over could win, so no winner',
    contest: {
      rows: [
        ['John Kerry', null, null, 46],
        ['Howard Dean', 38004, 39.34, 24],
        ['Dennis Kucinich', 9921, 10.27, 6],
        ['John Edwards', 3050, 3.16, 0],
        ['Uncommitted', 512, 0.53, 0],
      ],
      totals: [96607, 100, 76],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| John Kerry |' }],
      outcome: 'undetermined',
      winner: null,
    },
  },
  {
    file: 'nofig-unknown-votes-leader-percent.txt',
    class: 'no-figure',
    exercises:
      '`unknown` count beside a stated 46.70%: the row could hold 45,120, above the next row, so no winner',
    contest: {
      rows: [
        ['Mitt Romney', null, 46.7, null],
        ['Ron Paul', 38004, 39.34, null],
        ['Rick Santorum', 9921, 10.27, null],
        ['Newt Gingrich', 3050, 3.16, null],
        ['Others', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      date: '2012-03-03',
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Mitt Romney |' }],
      outcome: 'undetermined',
      winner: null,
    },
  },
  {
    file: 'nofig-unknown-votes-second-percent.txt',
    class: 'no-figure',
    exercises: '`unknown` count beside 39.34% for the second row: the winner stands, the runner-up does not',
    contest: {
      rows: [
        ['Mitt Romney', 45120, 46.7, null],
        ['Ron Paul', null, 39.34, null],
        ['Rick Santorum', 9921, 10.27, null],
        ['Newt Gingrich', 3050, 3.16, null],
        ['Others', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Ron Paul |' }],
      outcome: 'decided',
      winner: 'mitt-romney',
      runnerUp: null,
    },
  },
  {
    file: 'nofig-dash-votes-minor.txt',
    class: 'no-figure',
    exercises: 'an em dash in the last row’s count: unread, not zero; the 388 left over changes nothing',
    contest: {
      rows: [
        ['John Kerry', 7720, 45.28, 8],
        ['Wesley Clark', 6101, 35.79, 6],
        ['Howard Dean', 2840, 16.66, 0],
        ['John Edwards', null, 2.28, 0],
      ],
      totals: [17049, 100, 14],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| John Edwards |' }],
      outcome: 'decided',
      winner: 'john-kerry',
      runnerUp: 'wesley-clark',
    },
  },
  {
    file: 'nofig-no-total-count.txt',
    class: 'no-figure',
    exercises: '`N/A` count and percent, and a Total row without a count: nothing bounds the unread row',
    contest: {
      rows: [
        ['John Kerry', 7720, 45.28, 8],
        ['Wesley Clark', 6101, 35.79, 6],
        ['Howard Dean', null, null, 0],
        ['John Edwards', 388, 2.28, 0],
      ],
      totals: [null, 100, 14],
      findings: [
        { code: 'count-missing', severity: WARNING, line: '| Howard Dean |' },
        { code: 'percent-missing', severity: WARNING, lines: ['| Howard Dean |'] },
        { code: 'total-figure-missing', severity: WARNING, line: '| Total |' },
      ],
      outcome: 'undetermined',
      winner: null,
    },
  },
  {
    file: 'nofig-tbd-votes.txt',
    class: 'no-figure',
    exercises: '`TBD` in a count with its percent stated',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 24],
        ['Joe Biden', 9870, 35.86, 9],
        ['Pete Buttigieg', null, 16.1, 3],
        ['Elizabeth Warren', 1207, 4.39, 0],
      ],
      totals: [27520, 100, 36],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Pete Buttigieg |' }],
      outcome: 'decided',
      winner: 'bernie-sanders',
    },
  },
  {
    file: 'nofig-none-votes.txt',
    class: 'no-figure',
    exercises: '`none` in a count column: no figure, not zero votes',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 24],
        ['Joe Biden', 9870, 35.86, 9],
        ['Pete Buttigieg', 4432, 16.1, 3],
        ['Elizabeth Warren', null, 4.39, 0],
      ],
      totals: [27520, 100, 36],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Elizabeth Warren |' }],
      outcome: 'decided',
      winner: 'bernie-sanders',
      runnerUp: 'joe-biden',
    },
  },
  {
    file: 'nofig-pseudo-blank-votes.txt',
    class: 'no-figure',
    exercises: 'a blank count on the Uncommitted row: reported, but a pseudo-candidate never wins',
    contest: {
      rows: [
        ['Hillary Clinton', 45120, 46.7, 73],
        ['Uncommitted', null, 39.34, 55],
        ['Dennis Kucinich', 9921, 10.27, 0],
        ['Chris Dodd', 3050, 3.16, 0],
        ['Write-ins', 512, 0.53, 0],
      ],
      totals: [96607, 100, 128],
      findings: [{ code: 'count-missing', severity: WARNING, line: '| Uncommitted |' }],
      outcome: 'decided',
      winner: 'hillary-clinton',
      runnerUp: 'dennis-kucinich',
    },
  },
  {
    file: 'nofig-blank-percent.txt',
    class: 'no-figure',
    exercises: 'a blank percent while the other rows state one',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 17],
        ['Hillary Clinton', 9870, null, 8],
        ['Rocky De La Fuente', 4432, 16.1, 0],
        ['Uncommitted', 1207, 4.39, 0],
      ],
      totals: [27520, 100, 25],
      date: '2016-03-06',
      findings: [{ code: 'percent-missing', severity: WARNING, line: '| Hillary Clinton |' }],
      outcome: 'decided',
      winner: 'bernie-sanders',
    },
  },
  {
    file: 'nofig-na-percent.txt',
    class: 'no-figure',
    exercises: '`n/a` in a `Percent` column of `%`-signed cells',
    contest: {
      rows: [
        ['Michael Dukakis', 12011, 43.64, null],
        ['Jesse Jackson', 9870, 35.86, null],
        ['Paul Simon', 4432, null, null],
        ['Dick Gephardt', 1207, 4.39, null],
      ],
      totals: [27520, 100, null],
      findings: [{ code: 'percent-missing', severity: WARNING, line: '| Paul Simon |' }],
    },
  },
  {
    file: 'nofig-blank-delegates-total-disagrees.txt',
    class: 'no-figure',
    exercises: 'a blank delegates cell means none, as a dash does: the rows award 8, the Total says 14',
    contest: {
      rows: [
        ['John Kerry', 7720, 45.28, 8],
        ['Wesley Clark', 6101, 35.79, null],
        ['Howard Dean', 2840, 16.66, 0],
        ['John Edwards', 388, 2.28, 0],
      ],
      totals: [17049, 100, 14],
      findings: [{ code: 'delegates-total-mismatch', severity: ERROR, line: '| Total |' }],
    },
  },
  {
    file: 'nofig-blank-delegates-mean-none.txt',
    class: 'no-figure',
    exercises: 'blank delegates cells that mean none, and the Total agrees: no finding',
    contest: {
      rows: [
        ['John Kerry', 7720, 45.28, 8],
        ['Wesley Clark', 6101, 35.79, 6],
        ['Howard Dean', 2840, 16.66, null],
        ['John Edwards', 388, 2.28, null],
      ],
      totals: [17049, 100, 14],
      date: '2004-02-03',
      absent: ['delegates-total-mismatch', 'delegates-unknown'],
      clean: true,
    },
  },
  {
    file: 'nofig-unknown-delegates.txt',
    class: 'no-figure',
    exercises: '`?` in a delegates cell means unknown, not none',
    contest: {
      unit: 'state delegate equivalents',
      rows: [
        ['Pete Buttigieg', 940.25, 37.98, 14],
        ['Bernie Sanders', 744.5, 30.07, null],
        ['Elizabeth Warren', 737.75, 29.8, 8],
        ['Joe Biden', 53, 2.14, 0],
      ],
      totals: [2475.5, 100, 41],
      findings: [{ code: 'delegates-unknown', severity: WARNING, line: '| Bernie Sanders |' }],
    },
  },
  {
    file: 'nofig-tbd-delegates.txt',
    class: 'no-figure',
    exercises: '`TBD` and `unknown` in `Pledged delegates` cells',
    contest: {
      rows: [
        ['Bernie Sanders', 7720, 45.28, null],
        ['Hillary Clinton', 6101, 35.79, null],
        ['Rocky De La Fuente', 2840, 16.66, 0],
        ['Uncommitted', 388, 2.28, 0],
      ],
      totals: [17049, 100, 14],
      findings: [{ code: 'delegates-unknown', severity: WARNING, line: '| Bernie Sanders |' }],
    },
  },
  {
    file: 'nofig-none-na-delegates.txt',
    class: 'no-figure',
    exercises: '`none` and `n/a` delegates cells mean none; the Total agrees',
    contest: {
      rows: [
        ['Paul Tsongas', 12011, 43.64, 10],
        ['Bill Clinton', 9870, 35.86, 8],
        ['Jerry Brown', 4432, 16.1, null],
        ['Uncommitted', 1207, 4.39, null],
      ],
      totals: [27520, 100, 18],
      date: '1992-03-03',
      absent: ['delegates-total-mismatch', 'delegates-unknown'],
      clean: true,
    },
  },
  {
    file: 'nofig-total-blank-votes.txt',
    class: 'no-figure',
    exercises: 'the Total row leaves the count blank while every row has one',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 13],
        ['Hillary Clinton', 9870, 35.86, 3],
        ['Rocky De La Fuente', 4432, 16.1, 0],
        ['Uncommitted', 1207, 4.39, 0],
      ],
      totals: [null, 100, 16],
      findings: [{ code: 'total-figure-missing', severity: WARNING, line: '| Total |' }],
    },
  },
  {
    file: 'nofig-total-na-percent.txt',
    class: 'no-figure',
    exercises: '`n/a` in the Total row’s percent',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 13],
        ['Hillary Clinton', 9870, 35.86, 3],
        ['Rocky De La Fuente', 4432, 16.1, 0],
        ['Uncommitted', 1207, 4.39, 0],
      ],
      totals: [27520, null, 16],
      findings: [{ code: 'total-figure-missing', severity: WARNING, line: '| Total |' }],
    },
  },
  {
    file: 'nofig-row-without-figures.txt',
    class: 'no-figure',
    exercises: 'a named row with every figure cell blank, counted in the Total',
    contest: {
      rows: [
        ['Michael Dukakis', 45120, 46.7, 12],
        ['Jesse Jackson', 38004, 39.34, 2],
        ['Dick Gephardt', 9921, 10.27, 0],
        ['Lyndon LaRouche', null, null, null],
        ['Uncommitted', 512, 0.53, 0],
      ],
      totals: [96607, 100, 14],
      findings: [
        { code: 'count-missing', severity: WARNING, line: '| Lyndon LaRouche |' },
        { code: 'percent-missing', severity: WARNING, lines: ['| Lyndon LaRouche |'] },
      ],
      absent: ['delegates-total-mismatch'],
      outcome: 'decided',
      winner: 'michael-dukakis',
      runnerUp: 'jesse-jackson',
    },
  },

  // 5. Columns not understood.
  {
    file: 'columns-no-header-percent-sign.txt',
    class: 'columns',
    exercises: 'no header row; the percent column is known by its `%` signs, the count is the other',
    contest: {
      rows: [
        ['Hillary Clinton', 61004, 49.69, null],
        ['Barack Obama', 38220, 31.13, null],
        ['John Edwards', 20418, 16.63, null],
        ['Bill Richardson', 3120, 2.54, null],
      ],
      totals: [122762, 100, null],
      findings: [{ code: 'header-missing', severity: WARNING }],
    },
  },
  {
    file: 'columns-no-header-percent-sum.txt',
    class: 'columns',
    exercises: 'no header row and no `%` sign: the column summing to 100 is the percent',
    contest: {
      rows: [
        ['Hillary Clinton', 61004, 49.69, null],
        ['Barack Obama', 38220, 31.13, null],
        ['John Edwards', 20418, 16.63, null],
        ['Bill Richardson', 3120, 2.54, null],
      ],
      totals: [122762, 100, null],
      findings: [{ code: 'header-missing', severity: WARNING }],
    },
  },
  {
    file: 'columns-no-header-percent-first.txt',
    class: 'columns',
    exercises: 'no header row, the percents before the counts: percents must not be read as votes',
    contest: {
      rows: [
        ['Gary Hart', 1520, 47.07, null],
        ['Walter Mondale', 1201, 37.19, null],
        ['Jesse Jackson', 410, 12.7, null],
        ['Uncommitted', 98, 3.03, null],
      ],
      totals: [3229, 100, null],
      findings: [{ code: 'header-missing', severity: WARNING }],
      absent: ['votes-total-mismatch'],
    },
  },
  {
    file: 'columns-pledged.txt',
    class: 'columns',
    exercises: 'a `Pledged` header is the delegates column',
    contest: {
      rows: [
        ['Hillary Clinton', 61004, 49.69, 14],
        ['Barack Obama', 38220, 31.13, 12],
        ['John Edwards', 20418, 16.63, 0],
        ['Bill Richardson', 3120, 2.54, 0],
      ],
      totals: [122762, 100, 26],
      date: '2008-02-05',
      dateLine: '- Election Date: 2008-02-05',
      absent: ['column-unread'],
      clean: true,
    },
  },
  {
    file: 'columns-del-abbrev.txt',
    class: 'columns',
    exercises: '`Pct.` and `Del.` headers',
    contest: {
      rows: [
        ['Gary Hart', 1520, 47.07, 7],
        ['Walter Mondale', 1201, 37.19, 6],
        ['Jesse Jackson', 410, 12.7, 0],
        ['Uncommitted', 98, 3.03, 0],
      ],
      totals: [3229, 100, 13],
      clean: true,
    },
  },
  {
    file: 'columns-dels.txt',
    class: 'columns',
    exercises: 'a `Dels` header',
    contest: {
      rows: [
        ['Al Gore', 1520, 47.07, 14],
        ['Bill Bradley', 1201, 37.19, 8],
        ['Lyndon LaRouche', 410, 12.7, 0],
        ['Uncommitted', 98, 3.03, 0],
      ],
      totals: [3229, 100, 22],
      clean: true,
    },
  },
  {
    file: 'columns-sdes.txt',
    class: 'columns',
    exercises: 'an `SDEs` header is the (decimal) count, `Pledged delegates` the delegates',
    contest: {
      rows: [
        ['Hillary Clinton', 1128.48, 44.24, 23],
        ['Bernie Sanders', 1010.02, 39.59, 21],
        ["Martin O'Malley", 412.5, 16.17, 0],
      ],
      totals: [2551, 100, 44],
      date: '2016-02-01',
      clean: true,
    },
  },
  {
    file: 'columns-unclassified-figure.txt',
    class: 'columns',
    exercises: 'a `Counties carried` column of figures the parser does not read: named, not dropped silently',
    contest: {
      rows: [
        ['Hillary Clinton', 61004, 49.69, 14],
        ['Barack Obama', 38220, 31.13, 12],
        ['John Edwards', 20418, 16.63, 0],
        ['Bill Richardson', 3120, 2.54, 0],
      ],
      totals: [122762, 100, 26],
      findings: [
        { code: 'column-unread', severity: WARNING, line: '| Candidate | Votes | % | Counties carried |' },
      ],
    },
  },
  {
    file: 'columns-second-votes.txt',
    class: 'columns',
    exercises: 'a second votes column (`Final votes`) beside `First-round votes`',
    contest: {
      rows: [
        ['John Kerry', 1520, 47.07, null],
        ['Howard Dean', 1201, 37.19, null],
        ['Dennis Kucinich', 410, 12.7, null],
        ['John Edwards', 98, 3.03, null],
      ],
      totals: [3229, 100, null],
      findings: [{ code: 'column-unread', severity: WARNING, line: '| Candidate | First-round votes |' }],
    },
  },
  {
    file: 'columns-extra-unlabelled.txt',
    class: 'columns',
    exercises: 'every row has a fifth, unlabelled column of figures',
    contest: {
      rows: [
        ['John Kerry', 1520, 47.07, 14],
        ['Howard Dean', 1201, 37.19, 10],
        ['Dennis Kucinich', 410, 12.7, 0],
        ['John Edwards', 98, 3.03, 0],
      ],
      totals: [3229, 100, 24],
      findings: [{ code: 'column-unread', severity: WARNING, line: '| Candidate | Votes | % | Delegates |' }],
    },
  },
  {
    file: 'columns-share-without-votes.txt',
    class: 'columns',
    exercises: 'a `Share of vote` column and no count: shares are not votes, and no winner by votes',
    contest: {
      unit: null,
      rows: [
        ['Mitt Romney', null, 39.2, 10],
        ['Ron Paul', null, 35.7, 8],
        ['Rick Santorum', null, 17.7, 3],
        ['Newt Gingrich', null, 6.2, 0],
        ['Others', null, 1.2, 0],
      ],
      totals: [null, 100, 21],
      clean: true,
      outcome: 'no-votes',
      winner: null,
    },
  },
  {
    file: 'columns-popular-vote-pct-del.txt',
    class: 'columns',
    exercises: '`Popular vote`, `Pct.`, `Del.` headers in a Republican caucus',
    contest: {
      unit: 'votes',
      rows: [
        ['Pat Buchanan', 1520, 47.07, 13],
        ['Phil Gramm', 1201, 37.19, 8],
        ['Alan Keyes', 410, 12.7, 0],
        ['Bob Dole', 98, 3.03, 0],
      ],
      totals: [3229, 100, 21],
      date: '1996-02-06',
      clean: true,
    },
  },

  // 6. Titles.
  {
    file: 'title-two-years-and.txt',
    class: 'title',
    exercises: '"2004 and 2008 Iowa ...": two years',
    error: { code: 'title-unrecognized', line: '= 2004 and 2008' },
  },
  {
    file: 'title-two-years-range.txt',
    class: 'title',
    exercises: '"2004–2008 North Dakota ...": a range of years',
    error: { code: 'title-unrecognized', line: '= 2004–2008' },
  },
  {
    file: 'title-two-years-split.txt',
    class: 'title',
    exercises: '"2004 North Dakota 2008 Democratic ...": never the id 2004-nd-2008-democratic-caucus',
    error: { code: 'title-unrecognized', line: '= 2004 North Dakota 2008' },
  },
  {
    file: 'title-two-states-and.txt',
    class: 'title',
    exercises: '"North Dakota and South Dakota": two states',
    error: { code: 'title-unrecognized', line: '= 2004 North Dakota and South Dakota' },
  },
  {
    file: 'title-two-states-comma.txt',
    class: 'title',
    exercises: '"Kansas, Nebraska": two states',
    error: { code: 'title-unrecognized', line: '= 2016 Kansas, Nebraska' },
  },
  {
    file: 'title-two-states-parenthesis.txt',
    class: 'title',
    exercises: 'a second state in parentheses: "1988 Virginia ... primary (Texas)"',
    error: { code: 'title-unrecognized', line: '= 1988 Virginia' },
  },
  {
    file: 'title-washington-dc.txt',
    class: 'title',
    exercises: '"Washington, D.C." is one place, not Washington and another: read, not refused',
    contest: {
      id: '2008-dc-democratic-primary',
      rows: [
        ['Barack Obama', 61004, 49.69, 11],
        ['Hillary Clinton', 38220, 31.13, 4],
        ['John Edwards', 20418, 16.63, 0],
        ['Mike Gravel', 3120, 2.54, 0],
      ],
      totals: [122762, 100, 15],
      date: '2008-02-12',
      clean: true,
    },
  },

  // 7. Two Total rows.
  {
    file: 'totals-two-agree.txt',
    class: 'totals',
    exercises: '`Total votes` and `Totals` rows that agree: no finding, and not rows after the Total',
    contest: {
      rows: [
        ['Rick Santorum', 45120, 46.7, null],
        ['Mitt Romney', 38004, 39.34, null],
        ['Ron Paul', 9921, 10.27, null],
        ['Uncommitted', 3050, 3.16, null],
        ['Write-ins', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      date: '2012-02-07',
      absent: ['total-rows-disagree', 'rows-after-total'],
      clean: true,
    },
  },
  {
    file: 'totals-two-disagree-votes.txt',
    class: 'totals',
    exercises: 'two `Total` rows, 96,607 and 96,670',
    contest: {
      rows: [
        ['Rick Santorum', 45120, 46.7, null],
        ['Mitt Romney', 38004, 39.34, null],
        ['Ron Paul', 9921, 10.27, null],
        ['Uncommitted', 3050, 3.16, null],
        ['Write-ins', 512, 0.53, null],
      ],
      findings: [
        {
          code: 'total-rows-disagree',
          severity: ERROR,
          lines: ['| Total | 96,607 |', '| Total | 96,670 |'],
        },
      ],
    },
  },
  {
    file: 'totals-two-disagree-delegates.txt',
    class: 'totals',
    exercises: '`Total` and `Grand total` rows that disagree on delegates only',
    contest: {
      rows: [
        ['John Kerry', 7720, 45.28, 14],
        ['Howard Dean', 6101, 35.79, 9],
        ['Dennis Kucinich', 2840, 16.66, 1],
        ['John Edwards', 388, 2.28, 0],
      ],
      findings: [
        { code: 'total-rows-disagree', severity: ERROR, lines: ['| Total | 17,049 |', '| Grand total |'] },
      ],
    },
  },
  {
    file: 'totals-two-disagree-first-wrong.txt',
    class: 'totals',
    exercises: 'the first of two Total rows has transposed digits (27,250), the second is right',
    contest: {
      rows: [
        ['Bob Dole', 12011, 43.64, null],
        ['Steve Forbes', 9870, 35.86, null],
        ['Pat Buchanan', 4432, 16.1, null],
        ['Lamar Alexander', 1207, 4.39, null],
      ],
      findings: [
        { code: 'total-rows-disagree', severity: ERROR, lines: ['| Total | 27,250 |', '| Total | 27,520 |'] },
      ],
    },
  },
  {
    file: 'totals-rows-after-total.txt',
    class: 'totals',
    exercises: 'a candidate row with figures below the Total row',
    contest: {
      rows: [
        ['George W. Bush', 7720, 45.28, 12],
        ['John McCain', 6101, 35.79, 0],
        ['Alan Keyes', 2840, 16.66, 0],
        ['Steve Forbes', 388, 2.28, 0],
      ],
      totals: [17049, 100, 12],
      findings: [{ code: 'rows-after-total', severity: WARNING, lines: ['| Gary Bauer |'] }],
    },
  },
  {
    file: 'totals-footer-rows-after-total.txt',
    class: 'totals',
    exercises: '`Blank ballots` and `Turnout` rows with figures below the Total row',
    contest: {
      rows: [
        ['George W. Bush', 7720, 45.28, 12],
        ['John McCain', 6101, 35.79, 0],
        ['Alan Keyes', 2840, 16.66, 0],
        ['Steve Forbes', 388, 2.28, 0],
      ],
      totals: [17049, 100, 12],
      findings: [{ code: 'rows-after-total', severity: WARNING, lines: ['| Blank ballots |'] }],
    },
  },

  // 8. Links and templates in cells.
  {
    file: 'markup-piped-link-label.txt',
    class: 'markup',
    exercises:
      '`[[John Kerry|Kerry]]`: the label is the name, and the pipe inside the link does not split the row',
    contest: {
      rows: [
        ['Kerry', 7720, 45.28, 8],
        ['Clark', 6101, 35.79, 6],
        ['Dean', 2840, 16.66, 0],
        ['Edwards', 388, 2.28, 0],
      ],
      totals: [17049, 100, 14],
      clean: true,
    },
  },
  {
    file: 'markup-piped-links-clean.txt',
    class: 'markup',
    exercises:
      '`[[John Kerry]]` and `[[Joe Lieberman|Joe Lieberman]]` in names and prose; consistent infobox',
    contest: {
      id: '2004-de-democratic-primary',
      rows: [
        ['John Kerry', 26440, 58.38, 14],
        ['Joe Lieberman', 9620, 21.24, 1],
        ['John Edwards', 5034, 11.12, 0],
        ['Wesley Clark', 2990, 6.6, 0],
        ['Howard Dean', 1203, 2.66, 0],
      ],
      totals: [45287, 100, 15],
      date: '2004-02-03',
      clean: true,
      outcome: 'decided',
      winner: 'john-kerry',
    },
  },
  {
    file: 'markup-flagicon.txt',
    class: 'markup',
    exercises: '`{{flagicon|USA}} Marco Rubio` in every name cell',
    contest: {
      id: '2016-pr-republican-primary',
      rows: [
        ['Marco Rubio', 12011, 43.64, 23],
        ['Donald Trump', 9870, 35.86, 0],
        ['Ted Cruz', 4432, 16.1, 0],
        ['John Kasich', 1207, 4.39, 0],
      ],
      totals: [27520, 100, 23],
      date: '2016-03-06',
      clean: true,
    },
  },
  {
    file: 'markup-sortname.txt',
    class: 'markup',
    exercises: '`{{sortname|Ronald|Reagan}}` names',
    contest: {
      rows: [
        ['George H. W. Bush', 45120, 46.7, null],
        ['Ronald Reagan', 38004, 39.34, null],
        ['Howard Baker', 9921, 10.27, null],
        ['John Connally', 3050, 3.16, null],
        ['Phil Crane', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      clean: true,
    },
  },
  {
    file: 'markup-number-templates.txt',
    class: 'markup',
    exercises: '`{{nts|45120}}` and `{{formatnum:38004}}` counts',
    contest: {
      rows: [
        ['Mitt Romney', 45120, 46.7, 36],
        ['John McCain', 38004, 39.34, 0],
        ['Ron Paul', 9921, 10.27, 0],
        ['Mike Huckabee', 3050, 3.16, 0],
        ['Others', 512, 0.53, 0],
      ],
      totals: [96607, 100, 36],
      clean: true,
    },
  },
  {
    file: 'markup-na-template.txt',
    class: 'markup',
    exercises: '`{{n/a}}` delegates cells mean none',
    contest: {
      rows: [
        ['Mitt Romney', 45120, 46.7, 36],
        ['John McCain', 38004, 39.34, null],
        ['Ron Paul', 9921, 10.27, null],
        ['Mike Huckabee', 3050, 3.16, null],
        ['Others', 512, 0.53, null],
      ],
      totals: [96607, 100, 36],
      absent: ['delegates-total-mismatch'],
      clean: true,
    },
  },
  {
    file: 'markup-unknown-template.txt',
    class: 'markup',
    exercises: 'unknown templates (`{{Party shading/Democratic}}`, `{{small|...}}`) are dropped from names',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 29],
        ['Joe Biden', 9870, 35.86, 21],
        ['Michael Bloomberg', 4432, 16.1, 9],
        ['Elizabeth Warren', 1207, 4.39, 8],
      ],
      totals: [27520, 100, 67],
      date: '2020-03-03',
      clean: true,
    },
  },
  {
    file: 'markup-refs-and-bold.txt',
    class: 'markup',
    exercises: "bold (`'''45,120'''`), `<ref>` notes, `<ref name=.../>` and `[a]` marks in figure cells",
    contest: {
      rows: [
        ['Rick Santorum', 45120, 46.7, 22],
        ['Newt Gingrich', 38004, 39.34, 14],
        ['Mitt Romney', 9921, 10.27, 11],
        ['Ron Paul', 3050, 3.16, 0],
        ['Uncommitted', 512, 0.53, 0],
      ],
      totals: [96607, 100, 47],
      clean: true,
    },
  },
  {
    file: 'markup-link-with-pipe-in-figure-row.txt',
    class: 'markup',
    exercises:
      '`[[Paul Tsongas|Paul E. Tsongas]]` and a piped link to `Write-ins`, which stays a pseudo-candidate',
    contest: {
      rows: [
        ['Paul E. Tsongas', 45120, 46.7, null],
        ['Bill Clinton', 38004, 39.34, null],
        ['Bob Kerrey', 9921, 10.27, null],
        ['Tom Harkin', 3050, 3.16, null],
        ['Write-ins', 512, 0.53, null],
      ],
      totals: [96607, 100, null],
      date: '1992-02-18',
      clean: true,
      outcome: 'decided',
      winner: 'paul-e-tsongas',
    },
  },

  // 9. Dates.
  {
    file: 'date-infobox-day-month.txt',
    class: 'date',
    exercises: 'an infobox date written `5 February 2008`',
    contest: {
      rows: DATE_ROWS,
      totals: DATE_TOTALS,
      date: '2008-02-05',
      dateLine: '- Election Date: 5 February 2008',
      clean: true,
    },
  },
  {
    file: 'date-labelled-caucus-date.txt',
    class: 'date',
    exercises: 'no infobox; a line of its own `Caucus date: February 8, 2004`',
    contest: {
      date: '2004-02-08',
      dateLine: 'Caucus date: February 8, 2004',
      clean: true,
    },
  },
  {
    file: 'date-labelled-date.txt',
    class: 'date',
    exercises: 'a `Date: March 26, 1996` line under an Overview heading',
    contest: {
      date: '1996-03-26',
      dateLine: 'Date: March 26, 1996',
      clean: true,
    },
  },
  {
    file: 'date-prose-only.txt',
    class: 'date',
    exercises: 'only the prose gives the date ("were held on March 8"), the year from the title',
    contest: {
      rows: DATE_ROWS,
      totals: DATE_TOTALS,
      date: '2008-03-08',
      dateLine: 'were held on March 8',
      clean: true,
    },
  },
  {
    file: 'date-infobox-vs-labelled.txt',
    class: 'date',
    exercises: 'the infobox says 2008-02-05, a `Caucus date:` line February 9: the infobox’s, and a finding',
    contest: {
      date: '2008-02-05',
      dateLine: '- Election Date: 2008-02-05',
      findings: [
        {
          code: 'date-mismatch',
          severity: WARNING,
          lines: ['- Election Date: 2008-02-05', 'Caucus date: February 9, 2008'],
        },
      ],
    },
  },
  {
    file: 'date-infobox-vs-prose.txt',
    class: 'date',
    exercises: 'the infobox says February 5, the prose "were held on February 12, 2008"',
    contest: {
      date: '2008-02-05',
      dateLine: '- Election Date: February 5, 2008',
      findings: [
        {
          code: 'date-mismatch',
          severity: WARNING,
          lines: ['- Election Date: February 5, 2008', 'were held on February 12, 2008'],
        },
      ],
    },
  },
  {
    file: 'date-labelled-vs-prose.txt',
    class: 'date',
    exercises: 'no infobox; `Caucus date: March 8, 2008` against "were held on March 1, 2008"',
    contest: {
      date: '2008-03-08',
      dateLine: 'Caucus date: March 8, 2008',
      findings: [
        {
          code: 'date-mismatch',
          severity: WARNING,
          lines: ['Caucus date: March 8, 2008', 'were held on March 1, 2008'],
        },
      ],
    },
  },
  {
    file: 'date-all-agree.txt',
    class: 'date',
    exercises: 'infobox, labelled line and prose state the same date in three formats',
    contest: {
      rows: DATE_ROWS,
      totals: DATE_TOTALS,
      date: '2008-02-05',
      dateLine: '- Election Date: February 5, 2008',
      absent: ['date-mismatch'],
      clean: true,
    },
  },
  {
    file: 'date-prose-other-events.txt',
    class: 'date',
    exercises: 'the prose dates other contests and a campaign stop, not this one: no date, no mismatch',
    contest: {
      date: null,
      dateLine: null,
      absent: ['date-mismatch'],
      clean: true,
    },
  },

  // 10. Findings point at the line that is wrong.
  {
    file: 'line-total-votes-disagrees.txt',
    class: 'line',
    exercises: 'a Total of 96,670 over rows adding up to 96,607: the Total row, not the first candidate',
    contest: {
      totals: [96670, 100, 69],
      findings: [{ code: 'votes-total-mismatch', severity: ERROR, line: '| Total |' }],
    },
  },
  {
    file: 'line-total-votes-small-gap.txt',
    class: 'line',
    exercises: 'a Total one vote over its rows',
    contest: {
      totals: [27521, 100, null],
      findings: [{ code: 'votes-total-mismatch', severity: ERROR, line: '| Total |' }],
    },
  },
  {
    file: 'line-total-delegates-disagrees.txt',
    class: 'line',
    exercises: 'rows awarding 69 delegates under a Total of 68',
    contest: {
      totals: [96607, 100, 68],
      findings: [{ code: 'delegates-total-mismatch', severity: ERROR, line: '| Total |' }],
    },
  },
  {
    file: 'line-percent-wrong-row.txt',
    class: 'line',
    exercises: 'one row’s percent (11.27 for 10.27): the row',
    contest: {
      findings: [{ code: 'percent-mismatch', severity: ERROR, line: '| Ronald Reagan |' }],
    },
  },
  {
    file: 'line-total-percent-wrong.txt',
    class: 'line',
    exercises: 'a Total row stating 99%',
    contest: {
      findings: [{ code: 'total-percent-mismatch', severity: ERROR, line: '| Total |' }],
    },
  },
  {
    file: 'line-count-missing-first-row.txt',
    class: 'line',
    exercises: 'two rows without a count: the first of them, with both rows and the Total among the lines',
    contest: {
      rows: [
        ['Bernie Sanders', 12011, 43.64, 13],
        ['Hillary Clinton', 9870, 35.86, 5],
        ['Rocky De La Fuente', null, null, 0],
        ['Uncommitted', null, null, 0],
      ],
      findings: [
        {
          code: 'count-missing',
          severity: WARNING,
          line: '| Rocky De La Fuente |',
          lines: ['| Rocky De La Fuente |', '| Uncommitted |', '| Total |'],
        },
      ],
      outcome: 'decided',
      winner: 'bernie-sanders',
    },
  },

  // Clean documents: no warning or error.
  {
    file: 'clean-1976-iowa-democratic-caucuses.txt',
    class: 'clean',
    exercises:
      'Uncommitted leads a `Caucus-goers` table under a `===` heading; the winner is the top real candidate',
    contest: {
      id: '1976-ia-democratic-caucus',
      unit: 'caucus-goers',
      rows: [
        ['Uncommitted', 1047, 43.3, null],
        ['Jimmy Carter', 891, 36.9, null],
        ['Birch Bayh', 402, 16.6, null],
        ['Fred Harris', 77, 3.2, null],
      ],
      totals: [2417, 100, null],
      date: null,
      clean: true,
      outcome: 'decided',
      winner: 'jimmy-carter',
    },
  },
  {
    file: 'clean-1988-texas-republican-primary.txt',
    class: 'clean',
    exercises: 'a Super Tuesday primary with `—`, `–` and `-` delegates cells and an `Others` row',
    contest: {
      id: '1988-tx-republican-primary',
      unit: 'votes',
      rows: [
        ['George H. W. Bush', 318420, 42.84, 60],
        ['Bob Dole', 275310, 37.04, 51],
        ['Pat Robertson', 98777, 13.29, null],
        ['Jack Kemp', 41005, 5.52, null],
        ['Others', 9802, 1.32, null],
      ],
      totals: [743314, 100, 111],
      date: '1988-03-08',
      dateLine: '- Election Date: March 8, 1988',
      clean: true,
      outcome: 'decided',
      winner: 'george-h-w-bush',
      runnerUp: 'bob-dole',
    },
  },
  {
    file: 'clean-1992-maine-democratic-caucuses.txt',
    class: 'clean',
    exercises: 'a statewide table followed by a by-county table with its own Total row; the date from prose',
    contest: {
      id: '1992-me-democratic-caucus',
      resultsTable: '| Candidate | Votes | % |',
      rows: [
        ['Jerry Brown', 2231, 41.49, null],
        ['Paul Tsongas', 1498, 27.86, null],
        ['Bill Clinton', 1037, 19.29, null],
        ['Uncommitted', 611, 11.36, null],
      ],
      totals: [5377, 100, null],
      date: '1992-02-23',
      dateLine: 'were held on February 23, 1992',
      absent: ['results-table-ambiguous'],
      clean: true,
      outcome: 'decided',
      winner: 'jerry-brown',
    },
  },
  {
    file: 'clean-2000-alaska-republican-caucuses.txt',
    class: 'clean',
    exercises: 'a straw poll of percents and delegates without counts',
    contest: {
      id: '2000-ak-republican-caucus',
      unit: null,
      rows: [
        ['George W. Bush', null, 52.1, 12],
        ['John McCain', null, 32.8, 8],
        ['Steve Forbes', null, 10.9, 3],
        ['Alan Keyes', null, 4.2, 0],
      ],
      totals: [null, 100, 23],
      date: '2000-01-24',
      clean: true,
      outcome: 'no-votes',
      winner: null,
    },
  },
  {
    file: 'clean-2008-kansas-democratic-caucuses.txt',
    class: 'clean',
    exercises: 'infobox date, a `Caucus date:` line and prose that agree; Background and Aftermath sections',
    contest: {
      id: '2008-ks-democratic-caucus',
      rows: [
        ['Barack Obama', 33870, 47.91, 18],
        ['Hillary Clinton', 24091, 34.07, 14],
        ['John Edwards', 8775, 12.41, 0],
        ['Uncommitted', 3340, 4.72, 0],
        ['Write-ins', 624, 0.88, 0],
      ],
      totals: [70700, 100, 32],
      date: '2008-02-05',
      dateLine: '- Election Date: February 5, 2008',
      clean: true,
      outcome: 'decided',
      winner: 'barack-obama',
    },
  },
  {
    file: 'clean-2008-nevada-democratic-caucuses.txt',
    class: 'clean',
    exercises: 'a full infobox with pledged and unpledged delegates, prose percents, a `|+` caption',
    contest: {
      id: '2008-nv-democratic-caucus',
      rows: [
        ['Hillary Clinton', 5355, 50.72, 12],
        ['Barack Obama', 4773, 45.21, 13],
        ['John Edwards', 396, 3.75, 0],
        ['Dennis Kucinich', 5, 0.05, 0],
        ['Uncommitted', 28, 0.27, 0],
      ],
      totals: [10557, 100, 25],
      date: '2008-01-19',
      clean: true,
      outcome: 'decided',
      winner: 'hillary-clinton',
      runnerUp: 'barack-obama',
    },
  },
  {
    file: 'clean-2008-west-virginia-democratic-primary.txt',
    class: 'clean',
    exercises: '"West Virginia" is not Virginia; a `Pledged delegates` column',
    contest: {
      id: '2008-wv-democratic-primary',
      rows: [
        ['Hillary Clinton', 240890, 57.4, 20],
        ['Barack Obama', 137212, 32.69, 8],
        ['John Edwards', 25333, 6.04, 0],
        ['Bill Richardson', 12250, 2.92, 0],
        ['Mike Gravel', 4020, 0.96, 0],
      ],
      totals: [419705, 100, 28],
      date: '2008-05-13',
      clean: true,
    },
  },
  {
    file: 'clean-2012-minnesota-republican-caucuses.txt',
    class: 'clean',
    exercises: 'a styled caption line, one-decimal `%` cells, a `Write-ins` row, an ISO infobox date',
    contest: {
      id: '2012-mn-republican-caucus',
      rows: [
        ['Rick Santorum', 21436, 44.9, null],
        ['Ron Paul', 13030, 27.3, null],
        ['Mitt Romney', 8096, 16.9, null],
        ['Newt Gingrich', 5134, 10.7, null],
        ['Write-ins', 87, 0.2, null],
      ],
      totals: [47783, 100, null],
      date: '2012-02-07',
      dateLine: '- Election Date: 2012-02-07',
      clean: true,
    },
  },
  {
    file: 'clean-2016-arkansas-republican-primary.txt',
    class: 'clean',
    exercises: '"Arkansas" holds "Kansas" but names one state; prose names Oklahoma',
    contest: {
      id: '2016-ar-republican-primary',
      rows: [
        ['Donald Trump', 133044, 45.05, 16],
        ['Ted Cruz', 101227, 34.28, 15],
        ['Marco Rubio', 46540, 15.76, 9],
        ['John Kasich', 12503, 4.23, 0],
        ['Ben Carson', 2011, 0.68, 0],
      ],
      totals: [295325, 100, 40],
      date: '2016-03-01',
      clean: true,
    },
  },
  {
    file: 'clean-2016-nebraska-libertarian-primary.txt',
    class: 'clean',
    exercises: 'a Libertarian primary without delegates or date, a `None of the above` row',
    contest: {
      id: '2016-ne-libertarian-primary',
      rows: [
        ['Gary Johnson', 6874, 65.79, null],
        ['Austin Petersen', 2121, 20.3, null],
        ['John McAfee', 1003, 9.6, null],
        ['None of the above', 450, 4.31, null],
      ],
      totals: [10448, 100, null],
      date: null,
      clean: true,
      outcome: 'decided',
      winner: 'gary-johnson',
    },
  },
  {
    file: 'clean-2024-south-carolina-republican-primary.txt',
    class: 'clean',
    exercises: 'footnote marks on names, a `<ref>` in prose, a Notes list dating other events',
    contest: {
      id: '2024-sc-republican-primary',
      rows: [
        ['Donald Trump', 452180, 59.86, 47],
        ['Nikki Haley', 299012, 39.59, 3],
        ['Ryan Binkley', 2953, 0.39, 0],
        ['Ron DeSantis', 1204, 0.16, 0],
      ],
      totals: [755349, 100, 50],
      date: '2024-02-24',
      clean: true,
      outcome: 'decided',
      winner: 'donald-trump',
    },
  },
];
