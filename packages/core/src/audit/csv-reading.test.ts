import { describe, expect, test } from 'vitest';
import { readOpenElections } from '../openelections/read-openelections.js';
import { checkCsvReading } from './csv-reading.js';

describe('checkCsvReading', () => {
  test('what the reader read other than as written is said, with its lines', () => {
    const result = readOpenElections(
      'county,office,party,candidate,votes\nApache,President,DEM,Ann Lee,5\nCochise,President,OEM,Ann Lee,\n',
      { file: '20040203__az__primary.csv' },
    );
    if (!result.ok || !result.contests[0]) throw new Error('should read');
    expect(checkCsvReading(result.contests[0]).map((f) => [f.code, f.severity, f.lines])).toEqual([
      ['csv-party-typo', 'info', [3]],
      ['csv-votes-blank', 'info', [3]],
      ['coverage-partial', 'warning', [2]],
    ]);
  });

  test('an article gives nothing', () => {
    const result = readOpenElections(
      'county,office,party,candidate,votes\nApache,President,DEM,Ann Lee,5\n',
      {
        file: '20040203__az__primary.csv',
      },
    );
    if (!result.ok || !result.contests[0]) throw new Error('should read');
    const { openElections: _, coverage: __, units: ___, ...article } = result.contests[0];
    expect(checkCsvReading(article)).toEqual([]);
  });
});
