import { describe, expect, test } from 'vitest';
import { splitLines } from './lines.js';
import { type Results, type ResultsRead, readResults } from './results.js';
import { readTable } from './tables.js';

/** Reads a small results table whose first line is line 1. */
const read = (...rows: string[]): ResultsRead =>
  readResults(
    readTable({
      lines: splitLines(rows.join('\n')),
      caption: null,
      section: 'Results',
      headings: ['Results'],
    }),
  );

function results(...rows: string[]): Results {
  const result = read(...rows);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.code}: ${result.error.message}`);
  return result.results;
}

const figures = (r: Results) => r.rows.map((row) => [row.candidate, row.votes, row.percent, row.delegates]);

describe('counts written with dots for thousands', () => {
  test('a column where every count is dot-grouped or three digits at most is read as thousands', () => {
    const r = results(
      '| Candidate | Votes | % |',
      '| John Kerry | 5.366 | 50.82 |',
      '| Wesley Clark | 2.502 | 23.70 |',
      '| Al Sharpton | 28 | 0.27 |',
      '| Total | 7.896 | 74.79 |',
    );
    expect(figures(r)).toEqual([
      ['John Kerry', 5366, 50.82, null],
      ['Wesley Clark', 2502, 23.7, null],
      ['Al Sharpton', 28, 0.27, null],
    ]);
    expect(r.totals).toMatchObject({ votes: 7896, raw: { votes: '7.896' } });
    expect(r.rows[0]?.raw.votes).toBe('5.366');
    expect(r.reading.thousands).toBe('dot');
  });

  test('a dotted count in a column that also writes 5366 is a decimal, refused as not whole', () => {
    expect(
      read(
        '| Candidate | Votes | % |',
        '| John Kerry | 5366 | 50.82 |',
        '| Wesley Clark | 2.502 | 23.70 |',
        '| Total | 7,868 | 74.52 |',
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'count-not-whole',
        message:
          'The votes cell "2.502" is not a whole number, and votes are counted whole: expected a count such as "5,366" (dots as thousands separators are read only when every count in the column is written so).',
        line: 3,
        column: 18,
      },
    });
  });

  test('a decimal count of votes is refused as not whole', () => {
    expect(read('| Candidate | Votes |', '| John Kerry | 5366.5 |', '| Total | 5366.5 |')).toEqual({
      ok: false,
      error: {
        code: 'count-not-whole',
        message:
          'The votes cell "5366.5" is not a whole number, and votes are counted whole: expected a count such as "5,366".',
        line: 2,
        column: 16,
      },
    });
  });

  test('decimals are read where the unit has them: state delegate equivalents', () => {
    const r = results(
      '| Candidate | State delegate equivalents | % |',
      '| Barack Obama | 940.25 | 37.6 |',
      '| John Edwards | 5.366 | 29.8 |',
      '| Total | 945.616 | 67.4 |',
    );
    expect(r.unit).toBe('state delegate equivalents');
    expect(figures(r)).toEqual([
      ['Barack Obama', 940.25, 37.6, null],
      ['John Edwards', 5.366, 29.8, null],
    ]);
    expect(r.reading.thousands).toBe('none');
  });
});

describe('figures out of range', () => {
  test('a count of 2^53 cannot be read exactly and is refused', () => {
    const result = read(
      '| Candidate | Votes |',
      '| John Kerry | 9,007,199,254,740,992 |',
      '| Total | 9,007,199,254,740,992 |',
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'figure-out-of-range', line: 2, column: 16 },
    });
    expect(result.ok ? '' : result.error.message).toContain(
      'The votes cell "9,007,199,254,740,992" is beyond 2^53',
    );
  });

  test('a count of 2^53 - 1 is read exactly', () => {
    const r = results(
      '| Candidate | Votes |',
      '| John Kerry | 9,007,199,254,740,991 |',
      '| Total | 9,007,199,254,740,991 |',
    );
    expect(r.rows[0]?.votes).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('a count too long to be a finite number is refused', () => {
    const huge = '9'.repeat(400);
    expect(read('| Candidate | Votes |', `| John Kerry | ${huge} |`, '| Total | 1 |')).toMatchObject({
      ok: false,
      error: { code: 'figure-out-of-range', line: 2 },
    });
  });

  test('a candidate’s percent over 100 is refused', () => {
    expect(
      read('| Candidate | Votes | % |', '| John Kerry | 5,366 | 150.5 |', '| Total | 5,366 | 100% |'),
    ).toEqual({
      ok: false,
      error: {
        code: 'figure-out-of-range',
        message: 'The percent cell "150.5" is over 100%: expected a share between 0 and 100.',
        line: 2,
        column: 24,
      },
    });
  });

  test('a Total row’s percent over 100 is read, for the audit to weigh', () => {
    const r = results(
      '| Candidate | Votes | % |',
      '| John Kerry | 5,366 | 100% |',
      '| Total | 5,366 | 100.01% |',
    );
    expect(r.totals.percent).toBe(100.01);
  });
});

describe('a % sign in a column of counts', () => {
  test('in the count column, refused as not numeric', () => {
    expect(
      read('| Candidate | Votes | % |', '| John Kerry | 5,366% | 50.82 |', '| Total | 5,366 | 100% |'),
    ).toEqual({
      ok: false,
      error: {
        code: 'cell-not-numeric',
        message: 'The votes cell "5,366%" has a % sign in a column of counts: expected a count, not a share.',
        line: 2,
        column: 16,
      },
    });
  });

  test('in the delegates column, refused as not numeric', () => {
    expect(
      read('| Candidate | Votes | Delegates |', '| John Kerry | 5,366 | 9% |', '| Total | 5,366 | 9 |'),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'cell-not-numeric',
        message:
          'The delegates cell "9%" has a % sign in a column of delegates: expected a count, not a share.',
        line: 2,
      },
    });
  });
});

describe('Total rows', () => {
  test('rows with figures after the Total row are kept apart, not read as results', () => {
    const r = results(
      '| Candidate | Votes | % |',
      '| John Kerry | 5,366 | 68.20 |',
      '| Wesley Clark | 2,502 | 31.80 |',
      '| Total | 7,868 | 100% |',
      '| Howard Dean | 1,231 | |',
      '| Source: North Dakota Democratic-NPL Party | | |',
    );
    expect(r.rows.map((row) => row.candidate)).toEqual(['John Kerry', 'Wesley Clark']);
    expect(r.reading.rowsAfterTotal).toEqual([{ cells: ['Howard Dean', '1,231', ''], line: 5 }]);
  });

  test('every Total row is kept; the first is the totals', () => {
    const r = results(
      '| Candidate | Votes | % |',
      '| John Kerry | 5,366 | 68.20 |',
      '| Wesley Clark | 2,502 | 31.80 |',
      '| Total | 7,868 | 100% |',
      '| Totals | 7,900 | 100% |',
    );
    expect(r.totals).toMatchObject({ votes: 7868, line: 4 });
    expect(r.reading.totalRows.map((t) => [t.votes, t.percent, t.line])).toEqual([
      [7868, 100, 4],
      [7900, 100, 5],
    ]);
    expect(r.reading.rowsAfterTotal).toEqual([]);
  });
});

describe('a table without a header row', () => {
  test('a column with % signs is the percent, the other column of figures the count of votes', () => {
    const r = results(
      '| John Kerry | 5,366 | 68.2% |',
      '| Wesley Clark | 2,502 | 31.8% |',
      '| Total | 7,868 | 100% |',
    );
    expect(r.unit).toBe('votes');
    expect(figures(r)).toEqual([
      ['John Kerry', 5366, 68.2, null],
      ['Wesley Clark', 2502, 31.8, null],
    ]);
    expect(r.reading.header).toBeNull();
    expect(r.reading.columns).toEqual([
      { index: 0, header: null, role: 'name' },
      { index: 1, header: null, role: 'count' },
      { index: 2, header: null, role: 'percent' },
    ]);
  });

  test('a column whose figures add up to 100 is the percent, wherever it stands', () => {
    const r = results(
      '| John Kerry | 68.20 | 5,366 |',
      '| Wesley Clark | 31.80 | 2,502 |',
      '| Total | | 7,868 |',
    );
    expect(figures(r)).toEqual([
      ['John Kerry', 5366, 68.2, null],
      ['Wesley Clark', 2502, 31.8, null],
    ]);
  });

  test('figures adding up to 100 within their rounding are a percent', () => {
    const r = results(
      '| John Kerry | 5,366 | 50.8 |',
      '| Wesley Clark | 2,502 | 23.7 |',
      '| Howard Dean | 2,690 | 25.4 |',
      '| Total | 10,558 | |',
    );
    expect(r.rows.map((row) => row.percent)).toEqual([50.8, 23.7, 25.4]);
  });

  test('a further column of figures is left unread', () => {
    const r = results(
      '| John Kerry | 5,366 | 68.20 | 9 |',
      '| Wesley Clark | 2,502 | 31.80 | 5 |',
      '| Total | 7,868 | 100 | 14 |',
    );
    expect(r.rows.map((row) => row.delegates)).toEqual([null, null]);
    expect(r.reading.columns.map((c) => c.role)).toEqual(['name', 'count', 'percent', 'unread']);
  });
});

describe('rows that do not fit the columns', () => {
  test('a row short of the columns it needs is refused', () => {
    expect(
      read(
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 |',
        '| Wesley Clark | 2,502 | 31.80 |',
        '| Total | 7,868 | 100% |',
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'row-cells-mismatch',
        message:
          "This row has 2 cells where the table's columns need 3: expected one cell per column (the row is refused rather than read into the wrong columns).",
        line: 2,
      },
    });
  });

  test('a short last row without its closing pipe is the table cut off', () => {
    expect(
      read('| | Candidate | Votes | % |', '| | John Kerry | 5,366 | 68.20 |', '| | Total | 7,868'),
    ).toEqual({
      ok: false,
      error: {
        code: 'table-truncated',
        message: 'The results table is cut off at this row: expected 4 cells, found 3 and no closing "|".',
        line: 3,
      },
    });
  });

  test('a row with extra figures is refused, not shifted', () => {
    expect(
      read(
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 | 68.20 |',
        '| Wesley Clark | 2,502 | 31.80 | 5 |',
        '| Total | 7,868 | 100% |',
      ),
    ).toMatchObject({ ok: false, error: { code: 'row-cells-mismatch', line: 3 } });
  });
});

describe('how the columns were read', () => {
  test('a second votes column is unread; a column of words is text; a blank one empty', () => {
    const r = results(
      '| Candidate | Votes | Votes (2000) | Home state | |',
      '| John Kerry | 5,366 | 1,000 | Massachusetts | |',
      '| Total | 5,366 | 1,000 | | |',
    );
    expect(r.reading.columns).toEqual([
      { index: 0, header: 'Candidate', role: 'name' },
      { index: 1, header: 'Votes', role: 'count' },
      { index: 2, header: 'Votes (2000)', role: 'unread' },
      { index: 3, header: 'Home state', role: 'text' },
    ]);
  });

  test('thousands written with commas, or with spaces', () => {
    expect(
      results('| Candidate | Votes |', '| John Kerry | 5,366 |', '| Total | 5,366 |').reading.thousands,
    ).toBe('comma');
    expect(
      results('| Candidate | Votes |', '| John Kerry | 5 366 |', '| Total | 5 366 |').reading.thousands,
    ).toBe('space');
    expect(
      results('| Candidate | Votes |', '| John Kerry | 536 |', '| Total | 536 |').reading.thousands,
    ).toBe('none');
  });
});

describe('a Total row short of the columns, in a table with one name column', () => {
  // alignRows pads any short Total row after its label, as if the label spanned a colour column and the
  // name column; with a single name column that moves the Total's votes into the percent column.
  const rows = [
    '| Candidate | Votes | % |',
    '| John Kerry | 5,366 | 68.20 |',
    '| Wesley Clark | 2,502 | 31.80 |',
  ];

  test('its figures are not shifted into the next column: read where they stand, or refused', () => {
    const result = read(...rows, '| Total | 7,868 |');
    expect(['row-cells-mismatch', { votes: 7868, percent: null }]).toContainEqual(
      result.ok
        ? { votes: result.results.totals.votes, percent: result.results.totals.percent }
        : result.error.code,
    );
  });

  test('without its closing pipe, at the end of the table, it is the table cut off', () => {
    expect(read(...rows, '| Total | 7,868')).toMatchObject({
      ok: false,
      error: { code: 'table-truncated', line: 4 },
    });
  });

  test('a later Total row of two cells is kept as its cells allow, its count as the count', () => {
    const r = results(...rows, '| Total | 7,868 | 100% |', '| Total | 7,868 |');
    expect(r.reading.totalRows[1]).toMatchObject({ votes: 7868, percent: null, line: 5 });
  });
});

test('the out-of-range message gives 2^53 its own value', () => {
  const result = read('| Candidate | Votes |', '| John Kerry | 9,007,199,254,740,993 |', '| Total | 1 |');
  // 2^53 is 9,007,199,254,740,992; the message says "beyond 2^53 (9,007,199,254,740,991)", which is 2^53 - 1.
  expect(result.ok ? '' : result.error.message).toMatch(
    /2\^53 \(9,007,199,254,740,992\)|2\^53 ?[-−] ?1 \(9,007,199,254,740,991\)/,
  );
});
