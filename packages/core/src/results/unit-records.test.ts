import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readOpenElections } from '../openelections/read-openelections.js';
import { ResultRecord } from '../schema/result-record.js';
import { resultRecords, unitRecords } from './result-records.js';

function contestOf(fixture: string) {
  const file = new URL(`../openelections/fixtures/${fixture}`, import.meta.url);
  const read = readOpenElections(new Uint8Array(readFileSync(file)), { file: fixture });
  if (!read.ok) throw new Error(read.error.message);
  return read.contests[0] as (typeof read.contests)[number];
}

describe('unitRecords', () => {
  const delaware = contestOf('20040203__de__primary__precincts.csv');
  const records = unitRecords(delaware);

  test('gives every unit whole, counties and the precincts inside them, in the one results layout', () => {
    for (const record of records) expect(() => ResultRecord.parse(record)).not.toThrow();
    expect(
      records.map((r) => [r.unitType, r.unitName, r.county, r.precinct, r.candidate.id, r.votes]),
    ).toEqual([
      ['county', 'Kent', 'Kent', null, 'h-dean', 6],
      ['county', 'Kent', 'Kent', null, 'w-clark', 5],
      ['county', 'New Castle', 'New Castle', null, 'h-dean', 24],
      ['county', 'New Castle', 'New Castle', null, 'w-clark', 20],
      ['election-district', 'Kent, Election District 02-01', 'Kent', 'Election District 02-01', 'h-dean', 6],
      ['election-district', 'Kent, Election District 02-01', 'Kent', 'Election District 02-01', 'w-clark', 5],
      [
        'election-district',
        'New Castle, Election District 01-01',
        'New Castle',
        'Election District 01-01',
        'h-dean',
        20,
      ],
      [
        'election-district',
        'New Castle, Election District 01-01',
        'New Castle',
        'Election District 01-01',
        'w-clark',
        17,
      ],
      [
        'election-district',
        'New Castle, Election District 01-02',
        'New Castle',
        'Election District 01-02',
        'h-dean',
        4,
      ],
      [
        'election-district',
        'New Castle, Election District 01-02',
        'New Castle',
        'Election District 01-02',
        'w-clark',
        3,
      ],
    ]);
  });

  test('points each row at the first file row its figure adds up', () => {
    const newCastleDean = records.find((r) => r.unitName === 'New Castle' && r.candidate.id === 'h-dean');
    expect(newCastleDean?.source).toEqual({
      title: delaware.title,
      file: '20040203__de__primary__precincts.csv',
      line: 3,
    });
  });

  test('has the statewide rows’ columns: the two concatenate as one file', () => {
    const state = resultRecords(delaware);
    expect(state.every((r) => r.unitType === 'state')).toBe(true);
    expect(Object.keys(records[0] ?? {})).toEqual(Object.keys(state[0] ?? {}));
  });

  test('puts the district of a county’s part in one in the district column', () => {
    const ohio = contestOf('20080304__oh__primary__county-districts.csv');
    const parts = unitRecords(ohio).filter((r) => r.unitType === 'county-district');
    expect(parts.map((r) => [r.county, r.district, r.votes])).toContainEqual(['Butler', 'District 8', 9000]);
    expect(parts.every((r) => r.precinct === null)).toBe(true);
  });

  test('names a town’s precincts after the town; a town is no county', () => {
    const massachusetts = contestOf('20040302__ma__primary__pseudo-candidates.csv');
    const rows = unitRecords(massachusetts);
    const town = rows.find((r) => r.unitType === 'town');
    expect(town?.county).toBeNull();
    const precinct = rows.find((r) => r.unitType === 'precinct');
    expect(precinct?.unitName.startsWith(`${town?.unitName}, `)).toBe(true);
    expect(precinct?.county).toBeNull();
  });
});
