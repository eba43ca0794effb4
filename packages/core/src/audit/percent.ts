import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { rowLabel } from './names.js';
import { agreesAtPrecision, decimalsOf, formatCount, formatPercent } from './precision.js';
import { shareBases } from './shares.js';
import { unitOf } from './unit.js';

/**
 * Each stated percent against the row's computed share, at the precision it was stated:
 * `50.82` must be the share rounded (or cut) to 2 decimals, `51%` to a whole percent.
 */
export function checkPercents(contest: Contest): Finding[] {
  const bases = shareBases(contest);
  const [base] = bases;
  if (base === undefined) return [];
  const findings: Finding[] = [];
  for (const row of contest.results) {
    if (row.percent === null || row.votes === null) continue;
    const decimals = decimalsOf(row.raw.percent, row.percent);
    const votes = row.votes;
    const percent = row.percent;
    if (bases.some((total) => agreesAtPrecision((votes / total) * 100, percent, decimals))) continue;
    const share = (row.votes / base) * 100;
    findings.push(
      finding(
        'percent-mismatch',
        'error',
        `${rowLabel(row)} is stated at ${formatPercent(row.percent, decimals)}, but ${formatCount(row.votes)} of ${formatCount(base)} ${unitOf(contest)} is ${formatPercent(share, Math.max(decimals, 2) + 1)} (${formatPercent(share, decimals)} at the stated precision).`,
        contest.totals.votes === null ? [row.line] : [row.line, contest.totals.line],
      ),
    );
  }
  return findings;
}
