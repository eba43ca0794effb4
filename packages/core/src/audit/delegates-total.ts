import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

/** A delegates cell left blank or dashed counts as none awarded; a row without the column has no figure. */
function delegatesOf(row: ResultRow): number | null {
  if (row.delegates !== null) return row.delegates;
  const raw = row.raw.delegates;
  return raw !== null && /^[\s\u2013\u2014-]*$/.test(raw) ? 0 : null;
}

/** The sum of the rows' delegates, or null when some row has no delegates figure. */
export function rowDelegates(contest: Contest): number | null {
  const figures = contest.results.map(delegatesOf);
  if (figures.length === 0 || figures.some((value) => value === null)) return null;
  return figures.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** The rows' delegates must add up to the Total row's delegates. */
export function checkDelegatesTotal(contest: Contest): Finding[] {
  const stated = contest.totals.delegates;
  const sum = rowDelegates(contest);
  if (stated === null || sum === null || Math.abs(sum - stated) < 1e-9) return [];
  return [
    finding(
      'delegates-total-mismatch',
      'error',
      `The rows award ${formatCount(sum)} delegates in all, but the Total row states ${formatCount(stated)} (off by ${formatCount(stated - sum)}).`,
      [...contest.results.map((row) => row.line), contest.totals.line],
    ),
  ];
}
