import { describe, expect, test } from 'vitest';
import { buildContest } from '../tally/fixtures/contest-builder.js';
import { resultRecords } from './result-records.js';
import { RESULTS_CSV_COLUMNS, resultsCsv, resultsCsvHeader, resultsCsvRows } from './results-csv.js';
import { writeCsv } from './write-csv.js';

const contest = buildContest({
  date: '2004-02-03',
  rows: [
    ['John Kerry', 5366, 50.82, 9],
    ['Kerry, "Jack"', 10, null, null],
    ['Uncommitted', 3, null, null, 'uncommitted'],
  ],
});

describe('resultRecords', () => {
  test('gives each row of the table, in order, with its race, contest, statewide unit and source line', () => {
    const [kerry] = resultRecords(contest);
    expect(kerry).toEqual({
      raceId: '2004-democratic',
      contestId: '2004-nd-democratic-caucus',
      date: '2004-02-03',
      state: 'ND',
      county: null,
      precinct: null,
      office: 'President',
      district: null,
      party: 'Democratic',
      candidate: { id: 'john-kerry', name: 'John Kerry', kind: 'candidate' },
      withdrawn: false,
      votes: 5366,
      percent: 50.82,
      delegates: 9,
      voteUnit: 'votes',
      unitType: 'state',
      unitName: 'North Dakota',
      source: { title: '2004 North Dakota Democratic presidential caucus', file: 'fixture.txt', line: 10 },
    });
    expect(resultRecords(contest).map((r) => r.candidate.kind)).toEqual([
      'candidate',
      'candidate',
      'uncommitted',
    ]);
  });
});

describe('the results CSV', () => {
  test('has OpenElections’ columns first, then the race, contest, unit and source', () => {
    expect(resultsCsvHeader()).toBe(
      'state,county,precinct,office,district,party,candidate,votes,percent,delegates,vote_unit,candidate_id,' +
        'candidate_kind,withdrawn,race_id,contest_id,date,unit_type,unit_name,source_title,source_file,source_line\r\n',
    );
    expect(RESULTS_CSV_COLUMNS.slice(0, 8).map(([name]) => name)).toEqual([
      'state',
      'county',
      'precinct',
      'office',
      'district',
      'party',
      'candidate',
      'votes',
    ]);
  });

  test('writes one CRLF record per row, quoting as RFC 4180 does, empty where there is no figure', () => {
    const lines = resultsCsvRows(resultRecords(contest)).split('\r\n');
    expect(lines[0]).toBe(
      'ND,,,President,,Democratic,John Kerry,5366,50.82,9,votes,john-kerry,candidate,false,2004-democratic,' +
        '2004-nd-democratic-caucus,2004-02-03,state,North Dakota,2004 North Dakota Democratic presidential caucus,fixture.txt,10',
    );
    expect(lines[1]).toMatch(/^ND,,,President,,Democratic,"Kerry, ""Jack""",10,,,votes,kerry-jack,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  test('concatenates: a header and two contests’ rows are the CSV of both', () => {
    const records = resultRecords(contest);
    expect(resultsCsvHeader() + resultsCsvRows(records.slice(0, 1)) + resultsCsvRows(records.slice(1))).toBe(
      resultsCsv(records),
    );
    expect(resultsCsvRows([])).toBe('');
  });
});

describe('writeCsv', () => {
  test('defuses text a spreadsheet would run as a formula, but not a negative number', () => {
    expect(writeCsv([['=1+1', '@SUM(A1)', '+1', -2, true, null]])).toBe("'=1+1,'@SUM(A1),'+1,-2,true,\r\n");
  });

  test('quotes a field holding a line break', () => {
    expect(writeCsv([['a\r\nb', 'c']])).toBe('"a\r\nb",c\r\n');
  });
});
