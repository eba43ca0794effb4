import { describe, expect, test } from 'vitest';
import { csvRecords, type LineEndings, lineEnding } from './csv-records.js';

function read(text: string) {
  const endings: LineEndings = { lf: 0, crlf: 0, cr: 0 };
  const records = [];
  const iterator = csvRecords(text, endings);
  for (;;) {
    const next = iterator.next();
    if (next.done) return { records, error: next.value, endings };
    records.push(next.value);
  }
}

describe('csvRecords', () => {
  test('reads LF, CRLF and CR-only line ends alike, with the line each record starts on', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const { records, error } = read(['a,b', 'c,d', '', 'e,f'].join(end) + end);
      expect(error).toBeNull();
      expect(records).toEqual([
        { cells: ['a', 'b'], line: 1 },
        { cells: ['c', 'd'], line: 2 },
        { cells: ['e', 'f'], line: 4 },
      ]);
    }
  });

  test('counts each kind of line end, and names the file’s', () => {
    expect(lineEnding(read('a\r\nb\r\n').endings)).toBe('crlf');
    expect(lineEnding(read('a\rb\r').endings)).toBe('cr');
    expect(lineEnding(read('a\nb').endings)).toBe('lf');
    expect(lineEnding(read('a\nb\r\n').endings)).toBe('mixed');
    expect(lineEnding(read('a,b').endings)).toBe('none');
  });

  test('unquotes cells holding commas, doubled quotes and line breaks, and counts the lines inside', () => {
    const { records } = read('x,"Kerry, John F.","Peter ""Simon"" Bollander","two\r\nlines",y\nnext,1\n');
    expect(records).toEqual([
      { cells: ['x', 'Kerry, John F.', 'Peter "Simon" Bollander', 'two\nlines', 'y'], line: 1 },
      { cells: ['next', '1'], line: 3 },
    ]);
  });

  test('skips lines of empty cells and keeps empty cells inside a row', () => {
    expect(read(',,,\na,,c\n').records).toEqual([{ cells: ['a', '', 'c'], line: 2 }]);
  });

  test('an unterminated quote is an error naming the line it opened on', () => {
    const { records, error } = read('a,b\nc,"never closed\nd,e\n');
    expect(records).toEqual([{ cells: ['a', 'b'], line: 1 }]);
    expect(error).toMatchObject({ code: 'csv-quote-unterminated', line: 2 });
  });
});
