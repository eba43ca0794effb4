import { describe, expect, test } from 'vitest';
import { splitLines } from './lines.js';
import { type Aligned, alignRows } from './row-shape.js';
import { isTotalRow, type Row, splitRow } from './tables.js';

/** The rows of a small table, one per line, numbered from 1. */
const rowsOf = (text: string): Row[] => splitLines(text).map(splitRow);

/** Aligns a table whose first line is its header (or, with `header: false`, that has none). */
function align(text: string, { header = true } = {}): Aligned {
  const rows = rowsOf(text);
  const head = header ? (rows[0] as Row) : null;
  const body = header ? rows.slice(1) : rows;
  return alignRows(head, body, body.findIndex(isTotalRow));
}

function aligned(text: string, options?: { header?: boolean }) {
  const result = align(text, options);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.message}`);
  return result;
}

const cellsOf = (result: { body: Row[] }) => result.body.map((r) => r.cells);

describe('alignRows', () => {
  test('rows written with MediaWiki inline separators read one cell per column', () => {
    const result = aligned(
      [
        '| Candidate | Votes | % | Delegates |',
        '| John Kerry || 5,366 || 50.82 || 9',
        '| Wesley Clark || 2,502 || 23.70 || 5',
        '| Total || 7,868 || 74.52 || 14',
      ].join('\n'),
    );
    expect(result.width).toBe(4);
    expect(cellsOf(result)).toEqual([
      ['John Kerry', '5,366', '50.82', '9'],
      ['Wesley Clark', '2,502', '23.70', '5'],
      ['Total', '7,868', '74.52', '14'],
    ]);
    expect(result.body[0]?.columns).toEqual([3, 17, 26, 35]);
  });

  test('a header written with inline separators gives the columns', () => {
    const result = aligned(
      ['| Candidate || Votes || %', '| John Kerry | 5,366 | 50.82 |', '| Total | 5,366 | 100% |'].join('\n'),
    );
    expect(result.header).toEqual(['Candidate', 'Votes', '%']);
    expect(result.width).toBe(3);
    expect(cellsOf(result)).toEqual([
      ['John Kerry', '5,366', '50.82'],
      ['Total', '5,366', '100%'],
    ]);
  });

  test('trailing empty cells beyond the columns are dropped', () => {
    const result = aligned(
      [
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 | 50.82 | |',
        '| Wesley Clark | 2,502 | 23.70 |',
        '| Total | 7,868 | 74.52 |',
      ].join('\n'),
    );
    expect(result.header).toEqual(['Candidate', 'Votes', '%']);
    expect(cellsOf(result)).toEqual([
      ['John Kerry', '5,366', '50.82'],
      ['Wesley Clark', '2,502', '23.70'],
      ['Total', '7,868', '74.52'],
    ]);
    expect(result.body[0]?.columns).toHaveLength(3);
  });

  test('a header spanning a blank colour column is widened to it', () => {
    const result = aligned(
      [
        '| Candidate | Votes | % |',
        '| | John Kerry | 5,366 | 50.82 |',
        '| | Wesley Clark | 2,502 | 23.70 |',
        '| | Total | 7,868 | 74.52 |',
      ].join('\n'),
    );
    expect(result.header).toEqual(['', 'Candidate', 'Votes', '%']);
    expect(result.width).toBe(4);
    expect(cellsOf(result)).toEqual([
      ['', 'John Kerry', '5,366', '50.82'],
      ['', 'Wesley Clark', '2,502', '23.70'],
      ['', 'Total', '7,868', '74.52'],
    ]);
  });

  test('a header lacking labels for an extra column every row fills is widened at the end', () => {
    const result = aligned(
      ['| Candidate | Votes |', '| John Kerry | 5,366 | 9 |', '| Total | 5,366 | 9 |'].join('\n'),
    );
    expect(result.header).toEqual(['Candidate', 'Votes', '']);
    expect(cellsOf(result)).toEqual([
      ['John Kerry', '5,366', '9'],
      ['Total', '5,366', '9'],
    ]);
  });

  test('a Total row whose label spans the colour and name columns gets a blank cell after its label', () => {
    const result = aligned(
      [
        '| | Candidate | Votes | % |',
        '| | John Kerry | 5,366 | 50.82 |',
        '| | Wesley Clark | 2,502 | 23.70 |',
        '| Total | 7,868 | 74.52 |',
      ].join('\n'),
    );
    expect(result.header).toEqual(['', 'Candidate', 'Votes', '%']);
    const total = result.body[2];
    expect(total?.cells).toEqual(['Total', '', '7,868', '74.52']);
    // The blank cell stands where the first figure of the row starts, so each figure keeps its own column.
    expect(total?.columns).toEqual([3, 11, 11, 19]);
  });

  test('a row with blank cells at both ends is refused: which column each figure is in is unclear', () => {
    expect(
      align(
        [
          '| Candidate | Votes | % |',
          '| John Kerry | 5,366 | 50.82 |',
          '| | Wesley Clark | 2,502 | |',
          '| Total | 7,868 | 74.52 |',
        ].join('\n'),
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'row-cells-mismatch',
        message:
          'This row has 4 cells where the table has 3 columns, and its blank cells at either end leave it unclear which column each figure is in: expected one cell per column (the row is refused rather than read into the wrong columns).',
        line: 3,
      },
    });
  });

  test('a row with extra cells that are not blank is refused, not shifted', () => {
    expect(
      align(
        [
          '| Candidate | Votes | % |',
          '| John Kerry | 5,366 | 50.82 |',
          '| Wesley Clark | 2,502 | 23.70 | 5 |',
          '| Total | 7,868 | 74.52 |',
        ].join('\n'),
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'row-cells-mismatch',
        message:
          'This row has 4 cells where the table has 3 columns and the extra cells are not blank: expected one cell per column (the row is refused rather than read into the wrong columns).',
        line: 3,
      },
    });
  });

  test('a Total row with extra cells that are not blank is refused too', () => {
    const result = align(
      [
        '| Candidate | Votes |',
        '| John Kerry | 5,366 |',
        '| Wesley Clark | 2,502 |',
        '| Total | 7,868 | 14 |',
      ].join('\n'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'row-cells-mismatch', line: 4 } });
  });

  test('a row after the Total row that does not fit is kept as it is, not refused', () => {
    const result = aligned(
      [
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 | 50.82 |',
        '| Total | 5,366 | 100% |',
        '| Source: | State party | February 4 | certified |',
      ].join('\n'),
    );
    expect(cellsOf(result)[2]).toEqual(['Source:', 'State party', 'February 4', 'certified']);
  });

  test('a row short of the columns is left for the reader to judge', () => {
    const result = aligned(
      ['| Candidate | Votes | % |', '| John Kerry | 5,366 |', '| Total | 5,366 | 100% |'].join('\n'),
    );
    expect(cellsOf(result)[0]).toEqual(['John Kerry', '5,366']);
  });

  test('without a header the width is the one most rows have, each read inline where it fits', () => {
    const result = aligned(
      [
        '| John Kerry | 5,366 | 50.82 |',
        '| Wesley Clark || 2,502 || 23.70',
        '| Howard Dean | 1,231 | 11.66 | |',
        '| Total | 9,099 | 86.18 |',
      ].join('\n'),
      { header: false },
    );
    expect(result.header).toBeNull();
    expect(result.width).toBe(3);
    expect(cellsOf(result)).toEqual([
      ['John Kerry', '5,366', '50.82'],
      ['Wesley Clark', '2,502', '23.70'],
      ['Howard Dean', '1,231', '11.66'],
      ['Total', '9,099', '86.18'],
    ]);
  });

  test('without a header a row wider than most, with figures in its extra cells, is refused', () => {
    expect(
      align(
        [
          '| John Kerry | 5,366 | 50.82 |',
          '| Wesley Clark | 2,502 | 23.70 |',
          '| Howard Dean | 1,231 | 11.66 | 0 |',
          '| Total | 9,099 | 86.18 |',
        ].join('\n'),
        { header: false },
      ),
    ).toMatchObject({ ok: false, error: { code: 'row-cells-mismatch', line: 3 } });
  });
});
