import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';
import { unitOf } from './unit.js';

/** The rows' votes must add up to the Total row's votes: when they do not, one of the figures is wrong. */
export function checkVotesTotal(contest: Contest): Finding[] {
  const stated = contest.totals.votes;
  const rows = contest.results;
  if (stated === null || rows.length === 0 || rows.some((row) => row.votes === null)) return [];
  const sum = rows.reduce((total, row) => total + (row.votes ?? 0), 0);
  if (Math.abs(sum - stated) < 1e-9) return [];
  const unit = unitOf(contest);
  return [
    finding(
      'votes-total-mismatch',
      'error',
      `The ${rows.length} rows add up to ${formatCount(sum)} ${unit}, but the Total row states ${formatCount(stated)} (off by ${formatCount(stated - sum)}).`,
      [...rows.map((row) => row.line), contest.totals.line],
    ),
  ];
}
