import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Contest } from '../schema/contest.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { type ParseResult, parseContest } from './parse-contest.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const seed = (name: string) =>
  readFileSync(new URL(`../../../data/sources/${name}.txt`, import.meta.url), 'utf8');
const ND = seed('2004-north-dakota-democratic-caucuses');

function contestOf(result: ParseResult): Contest {
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.code}: ${result.error.message}`);
  return Contest.parse(result.contest);
}
function errorOf(result: ParseResult) {
  if (result.ok) throw new Error('expected an error, got a contest');
  return result.error;
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a caucus counting state delegate equivalents', () => {
  const c = contestOf(parseContest(fixture('iowa-sde-caucus.txt'), { file: 'iowa.txt' }));
  test('takes the unit from the header words and reads decimals', () => {
    expect(c.unit).toBe('state delegate equivalents');
    expect(c.results.map((r) => [r.candidate, r.votes, r.percent, r.delegates])).toEqual([
      ['Barack Obama', 940, 37.6, null],
      ['John Edwards', 744, 29.8, null],
      ['Hillary Clinton', 737, 29.5, null],
      ['Bill Richardson', 53, 2.1, null],
      ['Uncommitted', 3, 0.1, null],
    ]);
    expect(c.totals).toMatchObject({ votes: 2477, percent: 100, delegates: null });
  });
  test('the results are the first table with a Total row; the others are kept', () => {
    expect(c.tables.map((t) => [t.section, t.isResults, t.rows.length])).toEqual([
      ['Polling', false, 1],
      ['Results', true, 6],
      ['By county', false, 2],
    ]);
    expect(c.tables[1]?.caption).toBe('2008 Iowa Democratic presidential caucuses');
    expect(c.lines.resultsTable).toBe(25);
  });
  test('reads a month-name date and keyed delegate fields', () => {
    expect(c.date).toBe('2008-01-03');
    expect(c.delegates).toEqual({
      total: null,
      pledged: 45,
      unpledged: 12,
      line: 14,
      lines: { total: null, pledged: 14, unpledged: 15 },
    });
    expect(c.infobox.candidates.map((g) => g.index)).toEqual([1, 3]);
  });
  test('keeps sub-sections with their level and the list items', () => {
    expect(c.sections.map((s) => [s.title, s.level])).toEqual([
      ['Polling', 2],
      ['Results', 2],
      ['By county', 3],
      ['See also', 2],
    ]);
    expect(c.lists).toEqual([
      { text: '2008 Iowa Republican presidential caucuses', line: 40, section: 'See also' },
    ]);
  });
});

describe('a Republican primary with estimated delegates', () => {
  const c = contestOf(parseContest(fixture('new-hampshire-primary.txt')));
  test('reads the title whatever the party and type', () => {
    expect(c).toMatchObject({
      id: '2012-nh-republican-primary',
      party: 'Republican',
      type: 'primary',
      date: '2012-01-10',
    });
    expect(c.source.file).toBe('<input>');
  });
  test('reads dashes as none and keeps the pseudo-candidates with their kind', () => {
    expect(c.results.map((r) => [r.candidate, r.kind, r.withdrawn, r.delegates, r.raw.delegates])).toEqual([
      ['Mitt Romney', 'candidate', false, 7, '7'],
      ['Ron Paul', 'candidate', false, 3, '3'],
      ['Jon Huntsman', 'candidate', false, 2, '2'],
      ['Rick Perry', 'candidate', true, null, '—'],
      ['Others', 'other', false, null, '-'],
      ['Write-ins', 'write-in', false, null, '–'],
    ]);
    expect(c.delegates.total).toBe(12);
  });
});

describe('accepted text variations', () => {
  const base = contestOf(parseContest(ND));
  const same = (variant: string) => {
    const c = contestOf(parseContest(variant));
    const { source: _a, ...rest } = c;
    const { source: _b, ...expected } = base;
    expect(rest).toEqual(expected);
  };
  test('CRLF line ends', () => same(ND.replaceAll('\n', '\r\n')));
  test('a UTF-8 byte order mark, as text and as bytes', () => {
    same(`\uFEFF${ND}`);
    same(new TextEncoder().encode(`\uFEFF${ND}`) as unknown as string);
  });
  test('trailing spaces', () => same(ND.replaceAll('\n', '   \n')));
  test('tabs around cells', () => {
    const c = contestOf(parseContest(ND.replaceAll(' | ', '\t|\t')));
    expect(c.results.map((r) => r.votes)).toEqual(base.results.map((r) => r.votes));
  });
  test('a table without a delegates column is valid', () => {
    const text = ND.replace('| Candidate | Votes | % | Delegates |', '| Candidate | Votes | % |').replace(
      / \| \d+ \|$/gm,
      ' |',
    );
    const c = contestOf(parseContest(text));
    expect(c.results.every((r) => r.delegates === null)).toBe(true);
    expect(c.totals).toMatchObject({ votes: 10558, delegates: null });
  });
  test('columns in another order are found by their header words', () => {
    const text = ND.replace(
      '| Candidate | Votes | % | Delegates |',
      '| Pledged delegates | Candidate | Popular vote | Percentage |',
    ).replace(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm, (line, a, b, c, d) =>
      a === 'Pledged delegates' ? line : `| ${d} | ${a} | ${b} | ${c} |`,
    );
    const c = contestOf(parseContest(text));
    expect(c.results[0]).toMatchObject({
      candidate: 'John Kerry',
      votes: 5366,
      percent: 50.82,
      delegates: 9,
    });
  });
  test('numbers without thousands separators and with spaces as separators', () => {
    const c = contestOf(parseContest(ND.replace('| 5,366 |', '| 5366 |').replace('| 2,502 |', '| 2 502 |')));
    expect(c.results.slice(0, 2).map((r) => r.votes)).toEqual([5366, 2502]);
  });
  test('an unrecognised party, year and state still make an id', () => {
    const text = ND.replaceAll(
      '2004 North Dakota Democratic presidential caucuses',
      '1996 West Virginia Libertarian presidential primary',
    );
    expect(contestOf(parseContest(text)).id).toBe('1996-wv-libertarian-primary');
  });
  test('a document without an infobox takes its date from the prose, and has no delegate counts', () => {
    const text = ND.split('\n')
      .filter((l) => !l.startsWith('- ') && l !== 'Infobox')
      .join('\n');
    const c = contestOf(parseContest(text));
    // "The 2004 North Dakota Democratic presidential caucuses were held on February 3 ..."
    expect(c.date).toBe('2004-02-03');
    expect(c.reading.dates).toMatchObject([{ date: '2004-02-03', source: 'prose', text: 'February 3' }]);
    expect(c.lines.date).toBe(c.reading.dates[0]?.line);
    const undated = contestOf(parseContest(text.replace('were held on February 3', 'were held')));
    expect(undated.date).toBeNull();
    expect(c.delegates).toEqual({
      total: null,
      pledged: null,
      unpledged: null,
      line: null,
      lines: { total: null, pledged: null, unpledged: null },
    });
    expect(c.infobox).toMatchObject({ line: null, fields: [], candidates: [] });
  });
});

describe('documents that cannot be read give an error with a line', () => {
  test('empty', () => {
    expect(errorOf(parseContest(''))).toMatchObject({ code: 'document-empty', line: 0 });
    expect(errorOf(parseContest(' \n\r\n\t\n'))).toMatchObject({ code: 'document-empty' });
  });
  test('binary bytes', () => {
    const bytes = new Uint8Array([0x3d, 0x20, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(errorOf(parseContest(bytes))).toMatchObject({ code: 'document-binary', line: 3 });
    expect(errorOf(parseContest(`${ND.trimEnd()}\n\u0000`))).toMatchObject({
      code: 'document-binary',
      line: 59,
    });
    expect(errorOf(parseContest(`= T =\n${'\u0001\u0002x'.repeat(50)}`))).toMatchObject({
      code: 'document-binary',
      line: 2,
    });
  });
  test('bytes that are not UTF-8 name their line', () => {
    const latin1 = Uint8Array.from(`= Title =\nCaf\xe9\n`, (ch) => ch.charCodeAt(0));
    expect(errorOf(parseContest(latin1))).toMatchObject({ code: 'document-encoding', line: 2 });
  });
  test('a table cut off in the middle', () => {
    const cut = ND.slice(0, ND.indexOf('| 1,231 |') + 5);
    expect(errorOf(parseContest(cut))).toMatchObject({
      code: 'table-truncated',
      line: lineOf(ND, 'Howard Dean | 1,231'),
    });
  });
  test('a results table cut off before its Total row, the document going on', () => {
    const text = ND.replace('| Total | 10,558 | 100% | 14 |', '').concat('\n==See also==\n- More\n');
    expect(errorOf(parseContest(text))).toMatchObject({ code: 'results-table-missing', line: 50 });
  });
  test('a non-numeric cell names its line and column', () => {
    const text = ND.replace('| 2,502 |', '| 2,5O2 |');
    const error = errorOf(parseContest(text));
    expect(error).toMatchObject({ code: 'cell-not-numeric', line: 52, column: 18 });
    expect(error.message).toContain('"2,5O2"');
  });
  test('a candidate listed twice', () => {
    const text = ND.replace('| Al Sharpton | 28 |', '| John Kerry | 28 |');
    const error = errorOf(parseContest(text));
    expect(error).toMatchObject({ code: 'candidate-duplicate', line: 57 });
    expect(error.message).toContain('lines 51 and 57');
  });
  test('a row with figures and no name', () => {
    expect(errorOf(parseContest(ND.replace('| Al Sharpton | 28 |', '|  | 28 |')))).toMatchObject({
      code: 'candidate-missing',
      line: 57,
    });
  });
  test('a 10 MB document is refused before it is read', () => {
    const big = ND + 'x'.repeat(10 * 1024 * 1024);
    expect(errorOf(parseContest(big))).toMatchObject({ code: 'document-too-large', line: 0 });
    expect(errorOf(parseContest(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x20)))).toMatchObject({
      code: 'document-too-large',
    });
  });
  test('no title line', () => {
    expect(errorOf(parseContest(ND.replace(/^= .* =\n/, '')))).toMatchObject({
      code: 'title-missing',
      line: 2,
    });
  });
  test('a title that names no contest', () => {
    const error = errorOf(
      parseContest(
        ND.replace('North Dakota Democratic presidential caucuses =', 'Democratic presidential caucuses ='),
      ),
    );
    expect(error).toMatchObject({ code: 'title-unrecognized', line: 1 });
    expect(error.message).toContain('expected the name of a US state or territory');
  });
  test('no results table', () => {
    const text = ND.slice(0, ND.indexOf('==Results=='));
    expect(errorOf(parseContest(text))).toMatchObject({ code: 'results-table-missing', line: 0 });
  });
  test('a results table with no column of figures', () => {
    const text = ND.replace(
      '| Candidate | Votes | % | Delegates |',
      '| Candidate | Home | Color | Delegates |',
    ).replace(/ \| [\d.,%]+ \| [\d.,%]+ \| /g, ' | x | y | ');
    expect(errorOf(parseContest(text))).toMatchObject({ code: 'column-missing', line: 50 });
  });
});
