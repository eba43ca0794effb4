import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { rowLabel } from './names.js';
import { decimalsOf, formatPercent } from './precision.js';
import { computedPercent, rowVotes } from './shares.js';
import { findStatedThreshold } from './stated-threshold.js';

/**
 * A stated threshold against the delegates awarded: a candidate under it holding delegates, or over it
 * holding none. Pseudo-candidates are left to `pseudo-candidate-delegates`: an Uncommitted row can stand
 * for unpledged delegates. The share compared is statewide; real allocation is by district, which the
 * message says.
 */
export function checkThreshold(contest: Contest): Finding[] {
  // Without a candidate holding a delegates figure there is nothing to compare: the rule is not read.
  if (!contest.results.some((row) => row.kind === 'candidate' && row.delegates !== null)) return [];
  const threshold = findStatedThreshold(contest);
  if (threshold === null) return [];
  const findings: Finding[] = [];
  const rule = `the ${formatPercent(threshold.percent, decimalsOf(String(threshold.percent), threshold.percent))} threshold stated on line ${threshold.line}`;
  const sum = rowVotes(contest);
  for (const row of contest.results) {
    if (row.kind !== 'candidate' || row.delegates === null) continue;
    const share = computedPercent(contest, row, sum) ?? row.percent;
    if (share === null) continue;
    const stated = formatPercent(share, 2);
    if (share < threshold.percent && row.delegates > 0) {
      findings.push(
        finding(
          'threshold-below-with-delegates',
          'warning',
          `${rowLabel(row)} won ${stated} statewide, under ${rule}, yet holds ${row.delegates} delegates (a candidate can pass the threshold in a district without passing it statewide).`,
          [row.line, threshold.line],
        ),
      );
    } else if (share >= threshold.percent && row.delegates === 0) {
      findings.push(
        finding(
          'threshold-above-without-delegates',
          'warning',
          `${rowLabel(row)} won ${stated} statewide, over ${rule}, yet holds no delegates.`,
          [row.line, threshold.line],
        ),
      );
    }
  }
  return findings;
}
