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
    inline: null,
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
  const read = readTable({ lines, caption: null, section: 'Results', headings: ['Results'] });
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
  const read = readTable({
    lines: splitLines('| Kerry | 1 |\n| Total | 1 |'),
    caption: null,
    section: null,
    headings: [],
  });
  expect(read.header).toBeNull();
  expect(read.body).toHaveLength(2);
});

test('pipes inside links and templates do not split a cell', () => {
  expect(splitRow({ number: 3, text: '| [[John Kerry|Kerry]] | {{nts|5366}} | 50.82 |' }).cells).toEqual([
    'Kerry',
    '5366',
    '50.82',
  ]);
  expect(splitRow({ number: 3, text: '| {{flagicon|USA}} [[John Kerry]] | 5,366 |' }).cells).toEqual([
    'John Kerry',
    '5,366',
  ]);
});

test('a row written with MediaWiki inline separators has an inline reading', () => {
  const row = splitRow({ number: 4, text: '| John Kerry || 5,366 || 50.82 || 9' });
  expect(row.cells).toEqual(['John Kerry', '', '5,366', '', '50.82', '', '9']);
  expect(row.inline).toEqual({ cells: ['John Kerry', '5,366', '50.82', '9'], columns: [3, 17, 26, 35] });
  expect(splitRow({ number: 5, text: '! Candidate !! Votes' }).inline?.cells).toEqual(['Candidate', 'Votes']);
});

test('a cell of MediaWiki attributes belongs to the next cell', () => {
  expect(
    splitRow({ number: 3, text: '| style="background:#00539f" | | John Kerry | 5,366 |' }).cells,
  ).toEqual(['', 'John Kerry', '5,366']);
});

/** The next `|` outside `[[...]]` and `{{...}}`, found the slow way: the depth at every character. */
function topLevelBar(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '[[' || pair === '{{') {
      depth++;
      i++;
    } else if ((pair === ']]' || pair === '}}') && depth > 0) {
      depth--;
      i++;
    } else if (text[i] === '|' && depth === 0) return i;
  }
  return -1;
}

test('splitRow reads any line as slicing, trimming and stripping each cell would', () => {
  const sliced = (text: string) => {
    const cells: string[] = [];
    const columns: number[] = [];
    let from = text.indexOf('|') + 1;
    for (;;) {
      const bar = topLevelBar(text, from);
      const raw = bar < 0 ? text.slice(from) : text.slice(from, bar);
      if (bar < 0 && raw.trim() === '') break;
      if (
        bar >= 0 &&
        /^ *(?:style|class|align|valign|bgcolor|width|height|rowspan|colspan|scope|data-sort-value|data-sort-type|nowrap) *=/i.test(
          raw,
        )
      ) {
        from = bar + 1;
        continue;
      }
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
