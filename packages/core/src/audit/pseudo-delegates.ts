import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatPercent } from './precision.js';
import { computedPercent, rowVotes } from './shares.js';
import { findStatedThreshold, type StatedThreshold } from './stated-threshold.js';

function explain(contest: Contest, row: ResultRow, delegates: number): { text: string; lines: number[] } {
  const { unpledged, line } = contest.delegates;
  if (row.kind === 'uncommitted' && unpledged !== null && unpledged === delegates && line !== null) {
    return {
      text: `, as many as the ${unpledged} unpledged delegates the infobox states: they likely stand for the unpledged delegates, not for delegates won by vote`,
      lines: [line],
    };
  }
  if (row.kind === 'uncommitted') {
    return {
      text: ': in Democratic contests an Uncommitted row can stand for unpledged delegates or for delegates elected uncommitted',
      lines: [],
    };
  }
  return { text: ': delegates are awarded to candidates, not to this kind of row', lines: [] };
}

/** A pseudo-candidate row (Uncommitted, Write-ins, Others) holding delegates: a fact a data user must read right. */
export function checkPseudoDelegates(contest: Contest): Finding[] {
  const findings: Finding[] = [];
  // The rule is read only for a pseudo-candidate holding delegates, which few tables have.
  let threshold: StatedThreshold | null | undefined;
  const sum = rowVotes(contest);
  for (const row of contest.results) {
    if (row.kind === 'candidate' || row.delegates === null || row.delegates <= 0) continue;
    if (threshold === undefined) threshold = findStatedThreshold(contest);
    const { text, lines } = explain(contest, row, row.delegates);
    const share = computedPercent(contest, row, sum) ?? row.percent;
    let rule = '';
    const ruleLines: number[] = [];
    if (threshold !== null && share !== null && share < threshold.percent) {
      rule = ` Its ${formatPercent(share, 2)} is under the ${threshold.percent}% threshold stated on line ${threshold.line}.`;
      ruleLines.push(threshold.line);
    }
    findings.push(
      finding(
        'pseudo-candidate-delegates',
        'info',
        `${row.candidate} holds ${row.delegates} delegates${text}.${rule}`,
        [row.line, ...lines, ...ruleLines],
      ),
    );
  }
  return findings;
}
