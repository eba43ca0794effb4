import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';
import { unitOf } from './unit.js';

/**
 * The rows' votes must add up to the Total row's votes: when they do not, one of the figures is wrong, and
 * the Total row is named first. With some rows unread (see `count-missing`), the rows read must not add
 * up to more than the Total.
 */
export function checkVotesTotal(contest: Contest): Finding[] {
  const stated = contest.totals.votes;
  const rows = contest.results;
  if (stated === null || rows.length === 0) return [];
  const sum = rows.reduce((total, row) => total + (row.votes ?? 0), 0);
  const partial = rows.some((row) => row.votes === null);
  if (partial ? sum <= stated + 1e-9 : Math.abs(sum - stated) < 1e-9) return [];
  const unit = unitOf(contest);
  return [
    finding(
      'votes-total-mismatch',
      'error',
      partial
        ? `The rows with a count already add up to ${formatCount(sum)} ${unit}, more than the Total row's ${formatCount(stated)} (over by ${formatCount(sum - stated)}).`
        : `The ${rows.length} rows add up to ${formatCount(sum)} ${unit}, but the Total row states ${formatCount(stated)} (off by ${formatCount(stated - sum)}).`,
      [contest.totals.line, ...rows.map((row) => row.line)],
    ),
  ];
}
