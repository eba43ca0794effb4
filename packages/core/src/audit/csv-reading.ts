import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import type { Adjustment } from '../schema/unit.js';
import type { FindingCode } from './codes.js';
import { finding } from './finding.js';

const CODES: Record<Adjustment['kind'], [FindingCode, 'info' | 'warning']> = {
  'party-typo': ['csv-party-typo', 'info'],
  'party-inferred': ['csv-party-inferred', 'info'],
  'party-unassigned': ['csv-party-unassigned', 'warning'],
  'row-shifted': ['csv-row-shifted', 'info'],
  'votes-blank': ['csv-votes-blank', 'info'],
  'votes-decimal': ['csv-votes-decimal', 'info'],
  'name-form': ['csv-name-initials', 'info'],
  encoding: ['csv-encoding', 'info'],
};

/**
 * What the CSV reader read other than as written (a party typo, a row shifted by a column, a blank cell),
 * which part of the state the contest covers, and units it could not place: facts to read the figures by.
 */
export function checkCsvReading(contest: Contest): Finding[] {
  const findings = (contest.openElections?.adjustments ?? []).map((adjustment) => {
    const [code, severity] = CODES[adjustment.kind];
    return finding(code, severity, adjustment.message, adjustment.lines);
  });
  if (contest.coverage?.scope === 'partial') {
    findings.push(
      finding(
        'coverage-partial',
        'warning',
        `The file covers part of the state: ${contest.coverage.note}`,
        // The file as a whole, cited by the contest's first row read: every finding cites a line of its source.
        [contest.lines.resultsTable],
      ),
    );
  }
  const unplaced = (contest.units ?? []).filter(
    (unit) => unit.parent === null && unit.fips === null && unit.note,
  );
  const shared = unplaced.filter(
    (unit) => unit.type !== 'town' && unit.type !== 'ward' && unit.type !== 'city',
  );
  if (shared.length > 0) {
    findings.push(
      finding(
        'unit-not-placed',
        'info',
        `${shared.length} units have no county FIPS code: ${shared
          .slice(0, 4)
          .map((unit) => unit.note)
          .join(' ')}${shared.length > 4 ? ' ...' : ''}`,
        shared.flatMap((unit) => unit.lines.slice(0, 1)),
      ),
    );
  }
  return findings;
}
