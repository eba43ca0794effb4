import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseContest } from '../parse/parse-contest.js';
import { auditContest } from './audit-contest.js';

/** Each seed's findings as [severity, code, the line it points at, every line], worked out by reading the document. */
function findingsOf(name: string) {
  const file = `${name}.txt`;
  const parsed = parseContest(readFileSync(new URL(`../../../data/sources/${file}`, import.meta.url)), {
    file,
  });
  if (!parsed.ok) throw new Error(`${file}:${parsed.error.line}: ${parsed.error.message}`);
  return auditContest(parsed.contest).map((f) => [f.severity, f.code, f.line, f.lines]);
}

describe('the four seeds hold these disagreements, and no others', () => {
  test('North Dakota: the table awards the 14 pledged delegates of the 22 the infobox states', () => {
    // Line 43: "22 ... delegates (14 pledged, 8 unpledged)"; line 58: "| Total | 10,558 | 100% | 14 |".
    // The prose "Kerry with 51% to Wesley 24% and Dean at 12%" agrees with 50.82, 23.70 and 11.66.
    expect(findingsOf('2004-north-dakota-democratic-caucuses')).toEqual([
      ['info', 'delegates-pledged-only', 43, [43, 58]],
    ]);
  });

  test('North Carolina: caucus against primary, withdrawn flags that disagree, Uncommitted holding the unpledged', () => {
    // Title (1) and table caption (50) say caucuses; "Election Name: ... primary" (4).
    // "Candidate1: John Edwards, (withdrawn)" (18) against "| John Edwards |" (53);
    // "| Howard Dean (withdrawn) |" (56) against "Candidate5: Howard Dean" (39).
    // "Uncommitted | 106 | 0.60 | 17" (58) and "(90 pledged, 17 unpledged)" (14).
    expect(findingsOf('2004-north-carolina-democratic-caucuses')).toEqual([
      ['warning', 'contest-type-mismatch', 4, [1, 4, 50]],
      ['warning', 'infobox-withdrawn-mismatch', 18, [18, 53]],
      ['warning', 'infobox-withdrawn-mismatch', 39, [39, 56]],
      ['info', 'pseudo-candidate-delegates', 58, [14, 58]],
    ]);
  });

  test('Washington: the table titled a primary, delegates under the stated 15% threshold, and only the 76 pledged of 95', () => {
    // Title (1) and "Election Name" (4) say caucuses; the title row (52) says primary.
    // Line 45: "A 15 percent threshold is required"; line 56: Kucinich 8.19% with 6 delegates.
    // Line 41: "76 pledged delegates"; line 45: "A total of 76 (of 95) delegates"; line 61: "| Total | ... | 76 |".
    expect(findingsOf('2004-washington-democratic-caucuses')).toEqual([
      ['info', 'delegates-pledged-only', 41, [41, 45, 61]],
      ['warning', 'contest-type-mismatch', 52, [1, 4, 52]],
      ['warning', 'threshold-below-with-delegates', 56, [45, 56]],
    ]);
  });

  test('Michigan: rows not in order of votes', () => {
    // "| Al Sharpton | 11,404 |" (60) stands above "| John Edwards | 21,905 |" (61).
    expect(findingsOf('2004-michigan-democratic-caucuses')).toEqual([
      ['info', 'rows-out-of-order', 60, [60, 61]],
    ]);
  });
});
