import { describe, expect, test } from 'vitest';
import { readOpenElections } from '../openelections/read-openelections.js';
import type { Contest } from '../schema/contest.js';
import { checkUnitsTotal } from './units-total.js';

function contestOf(text: string, file = '20080126__sc__democratic__primary.csv'): Contest {
  const result = readOpenElections(text, { file });
  if (!result.ok || !result.contests[0]) throw new Error('should read');
  return result.contests[0];
}

const HEADER = 'county,office,district,party,candidate,votes';

describe('checkUnitsTotal', () => {
  test('Total rows that are their units’ sums give nothing', () => {
    const contest = contestOf(`${HEADER}\nAIKEN,President,,DEM,A B,2\nAIKEN,President,,DEM,Total,2\n`);
    expect(checkUnitsTotal(contest)).toEqual([]);
  });

  test('a unit whose Total row is not its rows’ sum is an error naming both', () => {
    const contest = contestOf(
      `${HEADER}\nAIKEN,President,,DEM,A B,2\nAIKEN,President,,DEM,C D,3\nAIKEN,President,,DEM,Total,6\n`,
    );
    expect(checkUnitsTotal(contest)).toEqual([
      {
        code: 'unit-total-mismatch',
        severity: 'error',
        message:
          'AIKEN (county): the 2 candidates\' rows add up to 5, but its "Total" row states 6 (off by 1).',
        line: 4,
        lines: [2, 3, 4],
      },
    ]);
  });

  test('a Total row with no party in a file of several parties totals every party of the unit', () => {
    const text = `${HEADER}\nAIKEN,President,,,Total,5\nAIKEN,President,,DEM,A B,2\nAIKEN,President,,REP,C D,3\n`;
    const result = readOpenElections(text, { file: '20080126__sc__primary.csv' });
    if (!result.ok) throw new Error('should read');
    for (const contest of result.contests) {
      expect(contest.units?.[0]?.stated.total).toMatchObject({ parties: 'all', votes: 5 });
      expect(checkUnitsTotal(contest)).toEqual([]);
    }
  });

  test('the statewide rows against the units: per candidate and in all', () => {
    const contest = contestOf(
      `${HEADER}\nAIKEN,President,,DEM,A B,2\nBAMBERG,President,,DEM,A B,3\nTotals,President,,DEM,A B,6\n,President,,DEM,Total,4\n`,
    );
    expect(checkUnitsTotal(contest).map((f) => [f.code, f.lines])).toEqual([
      ['state-candidate-total-mismatch', [2, 3, 4]],
      ['state-total-mismatch', [5]],
    ]);
  });

  test('an article has no units and gives nothing', () => {
    const contest = contestOf(`${HEADER}\nAIKEN,President,,DEM,A B,2\n`);
    expect(checkUnitsTotal({ ...contest, units: undefined, openElections: undefined })).toEqual([]);
  });
});
