import { describe, expect, test } from 'vitest';
import { type Chosen, chooseResults } from './choose-results.js';
import { splitLines } from './lines.js';
import { readStructure } from './structure.js';
import { readTitle } from './title.js';

const TITLE = '2004 North Dakota Democratic presidential caucuses';

/** Chooses the results among the tables of a small document whose contest is TITLE. */
function choose(...parts: string[]): Chosen {
  const facts = readTitle(TITLE);
  if (!facts.ok) throw new Error(facts.reason);
  const lines = splitLines([`= ${TITLE} =`, ...parts].join('\n'));
  const doc = readStructure(lines);
  return chooseResults(doc.tables, facts.facts, lines);
}

function chosen(...parts: string[]) {
  const result = choose(...parts);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.message}`);
  return result;
}

const STATEWIDE = [
  '| Candidate | Votes | % |',
  '| John Kerry | 5,366 | 68.20 |',
  '| Wesley Clark | 2,502 | 31.80 |',
  '| Total | 7,868 | 100% |',
].join('\n');

const BY_COUNTY = ['| County | Votes |', '| Cass | 1,000 |', '| Burleigh | 800 |', '| Total | 1,800 |'].join(
  '\n',
);

describe('chooseResults', () => {
  test('skips a first table for a part of the state and reads the statewide one after it', () => {
    const result = chosen('', '==Results by county==', BY_COUNTY, '', '==Results==', STATEWIDE);
    expect(result.at).toBe(1);
    expect(result.results.rows.map((r) => [r.candidate, r.votes, r.line])).toEqual([
      ['John Kerry', 5366, 11],
      ['Wesley Clark', 2502, 12],
    ]);
    expect(result.roles).toEqual([
      { role: 'other-scope', scope: 'a part of the state ("by county"), per "Results by county"' },
      { role: 'results', scope: null },
    ]);
  });

  test('skips a table captioned with another year, under the same heading', () => {
    const result = chosen(
      '',
      '==Results==',
      '|+ 2000 results',
      STATEWIDE.replace('5,366', '4,000'),
      '',
      STATEWIDE,
    );
    expect(result.at).toBe(1);
    expect(result.roles[0]).toEqual({
      role: 'other-scope',
      scope: 'another year (2000), per "2000 results"',
    });
  });

  test('a subsection names the scope of the tables under it', () => {
    const result = chosen('', '==Results==', STATEWIDE, '', '===Polk County===', BY_COUNTY);
    expect(result.at).toBe(0);
    expect(result.roles[1]).toEqual({
      role: 'other-scope',
      scope: 'a part of the state ("Polk County"), per "Polk County"',
    });
  });

  test('a second table in scope that also reads is marked as possibly the results; the first is read', () => {
    const result = chosen('', '==Results==', STATEWIDE, '', '==Final results==', STATEWIDE);
    expect(result.at).toBe(0);
    expect(result.roles).toEqual([
      { role: 'results', scope: null },
      { role: 'possible-results', scope: null },
    ]);
  });

  test('a table with a Total row that cannot be read is passed over with its reason', () => {
    const unreadable = STATEWIDE.replace('5,366', 'many');
    const result = chosen('', '==Results==', unreadable, '', '==Final results==', STATEWIDE);
    expect(result.at).toBe(1);
    expect(result.roles).toEqual([
      {
        role: 'other',
        scope:
          'not readable as results: The votes cell "many" is not a number: expected digits with optional thousands separators and decimals, or a dash for none.',
      },
      { role: 'results', scope: null },
    ]);
  });

  test('a table without a Total row is another table, with no scope', () => {
    const polls = ['| Poll | Kerry | Clark |', '| ARG | 40% | 20% |'].join('\n');
    const result = chosen('', '==Polling==', polls, '', '==Results==', STATEWIDE);
    expect(result.at).toBe(1);
    expect(result.roles[0]).toEqual({ role: 'other', scope: null });
  });

  test('when no table in scope reads, the first one’s error', () => {
    expect(choose('', '==Results==', STATEWIDE.replace('5,366', 'many'))).toEqual({
      ok: false,
      error: {
        code: 'cell-not-numeric',
        message:
          'The votes cell "many" is not a number: expected digits with optional thousands separators and decimals, or a dash for none.',
        line: 5,
        column: 16,
      },
    });
  });

  test('when every table with a Total row is out of scope, the error names each and why', () => {
    expect(choose('', '==Results by county==', BY_COUNTY, '', '==2008 results==', STATEWIDE)).toEqual({
      ok: false,
      error: {
        code: 'results-table-missing',
        message:
          'No statewide results table for 2004 North Dakota Democratic: the tables with a Total row are for another scope: line 4 (a part of the state ("by county"), per "Results by county"); line 10 (another year (2008), per "2008 results"). Expected a table of the contest the title names.',
        line: 4,
      },
    });
  });

  test('a results table cut off at the end of the document, before its Total row, is truncated', () => {
    expect(
      choose(
        '',
        '==Results==',
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 | 68.20 |',
        '| Wesley Clark | 2,50',
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'table-truncated',
        message:
          'The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".',
        line: 6,
      },
    });
  });

  test('a results table without a Total row, followed by more of the document, lacks its Total row', () => {
    expect(
      choose(
        '',
        '==Results==',
        '| Candidate | Votes | % |',
        '| John Kerry | 5,366 | 68.20 |',
        '',
        'See also.',
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'results-table-missing',
        message:
          'The table at line 4 has no Total row: expected a results table ending with a row named "Total" or "Totals".',
        line: 4,
      },
    });
  });

  test('a document without tables has no results table', () => {
    expect(choose('', 'The caucuses were held on February 3.')).toEqual({
      ok: false,
      error: {
        code: 'results-table-missing',
        message:
          'No results table: expected a pipe table with a header row (such as "| Candidate | Votes | % |") and a Total row.',
        line: 0,
      },
    });
  });
});
