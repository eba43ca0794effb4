import { isUnknownMark } from '../parse/numbers.js';
import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

/** True when the results table has a delegates column: a row or the Total row fills it, or the reading names it. */
export function hasDelegatesColumn(contest: Contest): boolean {
  return (
    contest.reading.columns.some((c) => c.role === 'delegates') ||
    contest.totals.raw.delegates !== null ||
    contest.results.some((row) => row.raw.delegates !== null)
  );
}

/**
 * A delegates cell left blank, dashed or marked `n/a` counts as none awarded, the same way whichever of
 * them it is; one marked `?` or `unknown` has no figure.
 */
function delegatesOf(row: ResultRow): number | null {
  if (row.delegates !== null) return row.delegates;
  return isUnknownMark(row.raw.delegates) ? null : 0;
}

/** The sum of the rows' delegates, or null when the table has no delegates column or some row's is unknown. */
export function rowDelegates(contest: Contest): number | null {
  if (!hasDelegatesColumn(contest)) return null;
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
      [contest.totals.line, ...contest.results.map((row) => row.line)],
    ),
  ];
}
