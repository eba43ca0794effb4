import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Contest } from '../schema/contest.js';
import { parseContest } from './parse-contest.js';

const SOURCES = new URL('../../../data/sources/', import.meta.url);
const parseSeed = (name: string): Contest => {
  const file = `${name}.txt`;
  const result = parseContest(readFileSync(new URL(file, SOURCES)), { file });
  if (!result.ok) throw new Error(`${file}:${result.error.line}: ${result.error.message}`);
  return result.contest;
};

/** name, withdrawn, kind, votes, percent, delegates: copied by hand from each document's results table. */
type Expected = [string, boolean, string, number, number, number];
const rowsOf = (c: Contest): Expected[] =>
  c.results.map((r) => [r.candidate, r.withdrawn, r.kind, r.votes ?? -1, r.percent ?? -1, r.delegates ?? -1]);

describe('2004 North Dakota Democratic presidential caucuses', () => {
  const c = parseSeed('2004-north-dakota-democratic-caucuses');
  test('reads the title into id, year, state, party and type', () => {
    expect(c).toMatchObject({
      id: '2004-nd-democratic-caucus',
      title: '2004 North Dakota Democratic presidential caucuses',
      year: 2004,
      state: 'North Dakota',
      stateCode: 'ND',
      party: 'Democratic',
      type: 'caucus',
      date: '2004-02-03',
      unit: 'votes',
    });
    expect(Contest.parse(c)).toEqual(c);
  });
  test('reads every results row in table order', () => {
    expect(rowsOf(c)).toEqual([
      ['John Kerry', false, 'candidate', 5366, 50.82, 9],
      ['Wesley Clark', false, 'candidate', 2502, 23.7, 5],
      ['Howard Dean', false, 'candidate', 1231, 11.66, 0],
      ['John Edwards', false, 'candidate', 1025, 9.71, 0],
      ['Dennis Kucinich', false, 'candidate', 308, 2.92, 0],
      ['Joe Lieberman', false, 'candidate', 98, 0.93, 0],
      ['Al Sharpton', false, 'candidate', 28, 0.27, 0],
    ]);
    expect(c.results.map((r) => r.line)).toEqual([51, 52, 53, 54, 55, 56, 57]);
  });
  test('reads the Total row and the infobox delegate statement', () => {
    expect(c.totals).toMatchObject({ votes: 10558, percent: 100, delegates: 14, line: 58 });
    expect(c.delegates).toEqual({
      total: 22,
      pledged: 14,
      unpledged: 8,
      line: 43,
      lines: { total: 43, pledged: 43, unpledged: 43 },
    });
  });
  test('keeps the infobox candidate groups with their numbers, gaps included', () => {
    expect(c.infobox.candidates.map((g) => [g.index, g.candidate, g.votes, g.percent, g.delegates])).toEqual([
      [1, 'John Kerry', 5366, 50.82, 9],
      [2, 'Wesley Clark', 2502, 23.7, 5],
      [4, 'Howard Dean', 1231, 11.66, 0],
      [5, 'John Edwards', 1025, 9.71, 0],
    ]);
    expect(c.infobox.candidates[0]?.lines).toMatchObject({
      candidate: 14,
      votes: 18,
      percent: 19,
      delegates: 17,
    });
  });
  test('keeps the caption line, the section and the prose', () => {
    expect(c.tables).toHaveLength(1);
    expect(c.tables[0]).toMatchObject({
      caption: '2004 North Dakota Democratic presidential caucuses',
      captionLine: 48,
      section: 'Results',
      isResults: true,
    });
    expect(c.lines).toEqual({ title: 1, date: 12, resultsTable: 50 });
    expect(c.paragraphs[0]?.text).toMatch(
      /^The 2004 North Dakota Democratic presidential caucuses were held on February 3/,
    );
  });
});

describe('2004 North Carolina Democratic presidential caucuses', () => {
  const c = parseSeed('2004-north-carolina-democratic-caucuses');
  test('reads the ids, the date and the delegates at stake', () => {
    expect(c).toMatchObject({
      id: '2004-nc-democratic-caucus',
      stateCode: 'NC',
      type: 'caucus',
      date: '2004-04-17',
    });
    expect(c.delegates).toEqual({
      total: 107,
      pledged: 90,
      unpledged: 17,
      line: 14,
      lines: { total: 14, pledged: 14, unpledged: 14 },
    });
    expect(c.infobox.electionName).toBe('2004 North Carolina Democratic presidential primary');
  });
  test('reads the rows, with the withdrawn flag and the Uncommitted pseudo-candidate', () => {
    expect(rowsOf(c)).toEqual([
      ['John Edwards', false, 'candidate', 9093, 51.06, 57],
      ['John Kerry', false, 'candidate', 4844, 27.2, 29],
      ['Dennis Kucinich', false, 'candidate', 2175, 12.21, 4],
      ['Howard Dean', true, 'candidate', 1009, 5.67, 0],
      ['Al Sharpton', false, 'candidate', 582, 3.27, 0],
      ['Uncommitted', false, 'uncommitted', 106, 0.6, 17],
    ]);
    expect(c.totals).toMatchObject({ votes: 17809, percent: 100, delegates: 107, line: 59 });
  });
  test('reads "(withdrawn)" in the infobox too, after a comma', () => {
    expect(c.infobox.candidates[0]).toMatchObject({
      candidate: 'John Edwards',
      candidateId: 'john-edwards',
      withdrawn: true,
    });
    expect(c.lists.map((l) => l.section)).toEqual(['See also', 'See also', 'See also']);
  });
});

describe('2004 Washington Democratic presidential caucuses', () => {
  const c = parseSeed('2004-washington-democratic-caucuses');
  test('reads the ids, the date, the pledged delegates from the infobox and their total from the prose', () => {
    expect(c).toMatchObject({
      id: '2004-wa-democratic-caucus',
      state: 'Washington',
      stateCode: 'WA',
      date: '2004-02-07',
    });
    // Line 41: "Delegates: 76 pledged delegates ..."; line 45: "A total of 76 (of 95) delegates are awarded proportionally".
    expect(c.delegates).toEqual({
      total: 95,
      pledged: 76,
      unpledged: null,
      line: 41,
      lines: { total: 45, pledged: 41, unpledged: null },
    });
  });
  test('reads a table behind a title row with a Percentage column and % signs', () => {
    expect(c.tables[0]).toMatchObject({
      caption: '2004 Washington Democratic presidential primary',
      captionLine: 52,
      section: 'Statewide Results',
      header: { cells: ['Candidate', 'Votes', 'Percentage', 'Delegates'], line: 53 },
    });
    expect(rowsOf(c)).toEqual([
      ['John Kerry', false, 'candidate', 11397, 48.41, 46],
      ['Howard Dean', false, 'candidate', 7060, 29.99, 24],
      ['Dennis Kucinich', false, 'candidate', 1927, 8.19, 6],
      ['John Edwards', false, 'candidate', 1571, 6.67, 0],
      ['Uncommitted', false, 'uncommitted', 799, 3.39, 0],
      ['Wesley Clark', false, 'candidate', 768, 3.26, 0],
      ['Al Sharpton', false, 'candidate', 19, 0.08, 0],
    ]);
    expect(c.results[0]?.raw).toEqual({ votes: '11,397', percent: '48.41%', delegates: '46' });
    expect(c.totals).toMatchObject({
      votes: 23541,
      percent: 100,
      delegates: 76,
      raw: { percent: '100.00%' },
    });
  });
  test('keeps the sections in order', () => {
    expect(c.sections.map((s) => [s.title, s.level])).toEqual([
      ['Analysis', 2],
      ['Statewide Results', 2],
      ['Sources', 2],
    ]);
  });
});

describe('2004 Michigan Democratic presidential caucuses', () => {
  const c = parseSeed('2004-michigan-democratic-caucuses');
  test('reads the ids, the date and the pledged delegates', () => {
    expect(c).toMatchObject({
      id: '2004-mi-democratic-caucus',
      stateCode: 'MI',
      date: '2004-02-07',
      unit: 'votes',
    });
    expect(c.delegates).toEqual({
      total: null,
      pledged: 128,
      unpledged: null,
      line: 15,
      lines: { total: null, pledged: 15, unpledged: null },
    });
  });
  test('reads rows as ordered in the table, flags and pseudo-candidates included', () => {
    expect(rowsOf(c)).toEqual([
      ['John Kerry', false, 'candidate', 84818, 51.79, 93],
      ['Howard Dean', false, 'candidate', 27025, 16.5, 24],
      ['Al Sharpton', false, 'candidate', 11404, 6.96, 7],
      ['John Edwards', false, 'candidate', 21905, 13.38, 4],
      ['Wesley Clark', false, 'candidate', 10955, 6.69, 0],
      ['Dennis Kucinich', false, 'candidate', 5258, 3.21, 0],
      ['Dick Gephardt', true, 'candidate', 951, 0.58, 0],
      ['Joe Lieberman', true, 'candidate', 659, 0.4, 0],
      ['Uncommitted', false, 'uncommitted', 497, 0.3, 0],
      ['Carol Moseley Braun', true, 'candidate', 189, 0.12, 0],
      ['Write-ins', false, 'write-in', 108, 0.07, 0],
    ]);
    expect(c.totals).toMatchObject({ votes: 163769, percent: 100, delegates: 128, line: 69 });
  });
  test('records the file and its SHA-256', () => {
    expect(c.source.file).toBe('2004-michigan-democratic-caucuses.txt');
    expect(c.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.source.lines).toBe(69);
  });
});
