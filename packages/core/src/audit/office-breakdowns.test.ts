import { describe, expect, test } from 'vitest';
import { readOpenElections } from '../openelections/read-openelections.js';
import { checkOfficeBreakdowns } from './office-breakdowns.js';

const HEADER = 'county,office,district,party,candidate,votes';

function findings(text: string) {
  const result = readOpenElections(text, { file: '20040309__tx__primary.csv' });
  if (!result.ok || !result.contests[0]) throw new Error('should read');
  return checkOfficeBreakdowns(result.contests[0]);
}

describe('checkOfficeBreakdowns', () => {
  test('a district label with the statewide label’s sums is counted once, said as info', () => {
    const found = findings(
      `${HEADER}\nA,President,,DEM,Ann Lee,5\nA,President Senatorial,1,DEM,Ann Lee,2\nA,President Senatorial,2,DEM,Ann Lee,3\n`,
    );
    expect(found.map((f) => [f.code, f.severity, f.lines])).toEqual([
      ['office-breakdown-counted-once', 'info', [3, 4]],
    ]);
  });

  test('a district label whose sums differ is a warning naming both figures', () => {
    const found = findings(`${HEADER}\nA,President,,DEM,Ann Lee,5\nA,President Senatorial,1,DEM,Ann Lee,7\n`);
    expect(found).toEqual([
      {
        code: 'office-breakdown-mismatch',
        severity: 'warning',
        message:
          '"President Senatorial" (1 districts, lines 3 to 3) gives the same race again by district, and its sums differ from "President", the label read: Ann Lee 7 there, 5 in "President". Not added; one of the two counts is not the other.',
        line: 3,
        lines: [2, 3],
      },
    ]);
  });
});
