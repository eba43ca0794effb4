import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

/**
 * Another office label giving the same race by district (`President Congressional` beside
 * `President/VicePresident`) counts the same votes again: it is never added, and its sums are compared with
 * the contest's. A warning where a candidate's figure differs, else an info saying it was counted once.
 */
export function checkOfficeBreakdowns(contest: Contest): Finding[] {
  const reading = contest.openElections;
  if (!reading) return [];
  return reading.breakdowns.map((breakdown) => {
    const differing = breakdown.results.flatMap((figure) => {
      const row = contest.results.find((r) => r.candidateId === figure.candidateId);
      const votes = row?.votes ?? 0;
      return votes === figure.votes ? [] : [{ figure, row, votes }];
    });
    const missing = contest.results.filter(
      (row) => (row.votes ?? 0) > 0 && !breakdown.results.some((f) => f.candidateId === row.candidateId),
    );
    const where = `"${breakdown.label}" (${breakdown.districts} districts, lines ${breakdown.firstLine} to ${breakdown.lastLine})`;
    if (differing.length === 0 && missing.length === 0) {
      return finding(
        'office-breakdown-counted-once',
        'info',
        `${where} gives the same race again by district, with the same figures as "${reading.office}": counted once.`,
        [breakdown.firstLine, breakdown.lastLine],
      );
    }
    const listed = differing
      .slice(0, 6)
      .map(
        ({ figure, votes }) =>
          `${figure.candidate} ${formatCount(figure.votes)} there, ${formatCount(votes)} in "${reading.office}"`,
      );
    return finding(
      'office-breakdown-mismatch',
      'warning',
      `${where} gives the same race again by district, and its sums differ from "${reading.office}", the label read: ${[...listed, ...missing.map((row) => `${row.candidate} missing there`)].join('; ')}${differing.length > 6 ? `; and ${differing.length - 6} more` : ''}. Not added; one of the two counts is not the other.`,
      [
        breakdown.firstLine,
        ...differing.flatMap(({ figure, row }) => [figure.lines[0] ?? breakdown.firstLine, row?.line ?? 0]),
      ],
    );
  });
}
