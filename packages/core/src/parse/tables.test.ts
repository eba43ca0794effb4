import fc from 'fast-check';
import { expect, test } from 'vitest';
import { documentText } from './fixtures/text.js';
import { splitLines } from './lines.js';
import { stripMarkup } from './markup.js';
import { isTotalRow, readTable, splitRow } from './tables.js';

test('splitRow keeps each cell and the column it starts at', () => {
  expect(splitRow({ number: 7, text: "| '''John Kerry''' | 5,366 |" })).toEqual({
    cells: ['John Kerry', '5,366'],
    columns: [3, 22],
    line: 7,
    closed: true,
  });
  expect(splitRow({ number: 8, text: '| John Kerry | 5,3' })).toMatchObject({
    cells: ['John Kerry', '5,3'],
    closed: false,
  });
});

test('a Total or Totals row in any column', () => {
  expect(isTotalRow(splitRow({ number: 1, text: '| Total | 1 |' }))).toBe(true);
  expect(isTotalRow(splitRow({ number: 1, text: '| | Totals: | 1 |' }))).toBe(true);
  expect(isTotalRow(splitRow({ number: 1, text: '| Total votes | 1 |' }))).toBe(true);
  expect(isTotalRow(splitRow({ number: 1, text: '| Total turnout | 1 |' }))).toBe(false);
});

test('a title row becomes the caption; the header and body follow', () => {
  const lines = splitLines(
    '| 2004 Washington results | | |\n| Candidate | Votes | % |\n| --- | --- | --- |\n| Kerry | 1 | 100% |\n| Total | 1 | 100% |',
  );
  const read = readTable({ lines, caption: null, section: 'Results' });
  expect(read.table).toMatchObject({
    line: 1,
    endLine: 5,
    caption: '2004 Washington results',
    captionLine: 1,
    section: 'Results',
    header: { cells: ['Candidate', 'Votes', '%'], line: 2 },
    rows: [
      { cells: ['Kerry', '1', '100%'], line: 4 },
      { cells: ['Total', '1', '100%'], line: 5 },
    ],
  });
});

test('a table whose first row has figures has no header', () => {
  const read = readTable({ lines: splitLines('| Kerry | 1 |\n| Total | 1 |'), caption: null, section: null });
  expect(read.header).toBeNull();
  expect(read.body).toHaveLength(2);
});

test('splitRow reads any line as slicing, trimming and stripping each cell would', () => {
  const sliced = (text: string) => {
    const cells: string[] = [];
    const columns: number[] = [];
    let from = text.indexOf('|') + 1;
    for (;;) {
      const bar = text.indexOf('|', from);
      const raw = bar < 0 ? text.slice(from) : text.slice(from, bar);
      if (bar < 0 && raw.trim() === '') break;
      cells.push(stripMarkup(raw));
      columns.push(from + raw.length - raw.trimStart().length + 1);
      if (bar < 0) break;
      from = bar + 1;
    }
    return { cells, columns };
  };
  fc.assert(
    fc.property(fc.array(documentText, { minLength: 1, maxLength: 6 }), (parts) => {
      const text = `| ${parts.join(' | ')}`;
      expect(splitRow({ number: 1, text })).toMatchObject(sliced(text));
    }),
    { numRuns: 1000 },
  );
});
