import { describe, expect, it } from 'vitest';
import { handMadeContest } from './fixtures/contest.ts';
import { RESULTS_CSV_COLUMNS, resultsCsv } from './results-csv.ts';

describe('resultsCsv', () => {
  it("starts with OpenElections' columns, then delegates and where each row comes from", () => {
    expect(RESULTS_CSV_COLUMNS.join(',')).toBe(
      'state,office,district,party,candidate,votes,delegates,percent,unit,contest_id,date,source_title,source_file,source_line',
    );
  });

  it('writes one record per result row with the USPS code, office President and no district', () => {
    const csv = resultsCsv([handMadeContest({})]);
    expect(csv.split('\r\n')).toEqual([
      'state,office,district,party,candidate,votes,delegates,percent,unit,contest_id,date,source_title,source_file,source_line',
      'ND,President,,Democratic,Ann Able,600,3,60,votes,2004-nd-democratic-caucus,2004-02-03,2004 North Dakota Democratic presidential caucuses,sources/2004-nd-democratic-caucus.txt,6',
      'ND,President,,Democratic,"Bob ""Bo"" Baker, Jr.",400,1,40,votes,2004-nd-democratic-caucus,2004-02-03,2004 North Dakota Democratic presidential caucuses,sources/2004-nd-democratic-caucus.txt,7',
      '',
    ]);
  });

  it('leaves a field empty where the document gives no figure', () => {
    const csv = resultsCsv([handMadeContest({ date: null, rows: [['Ann Able', null, 55.5, null]] })]);
    expect(csv.split('\r\n')[1]).toBe(
      'ND,President,,Democratic,Ann Able,,,55.5,votes,2004-nd-democratic-caucus,,2004 North Dakota Democratic presidential caucuses,sources/2004-nd-democratic-caucus.txt,6',
    );
  });

  it('keeps contests in the order given', () => {
    const csv = resultsCsv([
      handMadeContest({ id: '2004-nd-democratic-caucus', rows: [['Ann Able', 1, 100, 1]] }),
      handMadeContest({ id: '2004-wa-democratic-caucus', rows: [['Bob Baker', 2, 100, 1]] }),
    ]);
    expect(csv.split('\r\n').map((line) => line.split(',')[9])).toEqual([
      'contest_id',
      '2004-nd-democratic-caucus',
      '2004-wa-democratic-caucus',
      undefined,
    ]);
  });
});
