import { isUnknownMark } from '../parse/numbers.js';
import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { tallyContest } from '../tally/contest-tally.js';
import { finding } from './finding.js';
import { rowLabel } from './names.js';
import { formatCount } from './precision.js';
import { unitOf } from './unit.js';

const list = (rows: readonly ResultRow[]) =>
  rows.length <= 4
    ? rows.map(rowLabel).join(', ')
    : `${rows.slice(0, 3).map(rowLabel).join(', ')} and ${rows.length - 3} more`;

const cellOf = (raw: string | null) => (raw === null ? 'a blank cell' : `"${raw}"`);

/**
 * Rows that give no count (a blank, a dash, `n/a`, `?`, `unknown`) in a table that counts: the rows read
 * are compared with the Total row, the gap named, and the outcome said when an unread row could change
 * who won. The rows without a figure come first among the lines, then the Total row.
 */
export function checkCountMissing(contest: Contest): Finding[] {
  if (contest.unit === null) return [];
  const unread = contest.results.filter((r) => r.votes === null);
  if (unread.length === 0) return [];
  const unit = unitOf(contest);
  const read = contest.results.reduce((s, r) => s + (r.votes ?? 0), 0);
  const stated = contest.totals.votes;
  const cells =
    unread.length === 1 ? `${cellOf(unread[0]?.raw.votes ?? null)} where its count should be` : 'no count';
  const gap =
    stated === null
      ? 'the Total row gives no count either, so nothing says how many are missing'
      : stated >= read
        ? `the ${contest.results.length - unread.length} rows read add up to ${formatCount(read)} of the Total row's ${formatCount(stated)}, leaving ${formatCount(stated - read)} ${unit} unaccounted for`
        : `the rows read already add up to ${formatCount(read)}, more than the Total row's ${formatCount(stated)}`;
  const tally = tallyContest(contest);
  const outcome =
    tally.outcome === 'undetermined'
      ? ': enough to change who won, so the winner is undetermined'
      : tally.undetermined !== null
        ? ': enough to change who came second, so the runner-up and margin are undetermined'
        : '';
  return [
    finding(
      'count-missing',
      'warning',
      `${list(unread)} ${unread.length === 1 ? 'has' : 'have'} ${cells}; ${gap}${outcome}.`,
      [...unread.map((r) => r.line), contest.totals.line],
    ),
  ];
}

/** Rows without a percent where other rows state theirs. */
export function checkPercentMissing(contest: Contest): Finding[] {
  const missing = contest.results.filter((r) => r.percent === null);
  if (missing.length === 0 || missing.length === contest.results.length) return [];
  return [
    finding(
      'percent-missing',
      'warning',
      `${list(missing)} ${missing.length === 1 ? 'gives' : 'give'} no percent where the other rows state theirs.`,
      missing.map((r) => r.line),
    ),
  ];
}

/** Delegates cells that say the figure is not known (`?`, `unknown`, `TBD`), rather than none. */
export function checkDelegatesUnknown(contest: Contest): Finding[] {
  const unknown = contest.results.filter((r) => r.delegates === null && isUnknownMark(r.raw.delegates));
  if (unknown.length === 0) return [];
  return [
    finding(
      'delegates-unknown',
      'warning',
      `${list(unknown)} ${unknown.length === 1 ? 'has' : 'have'} delegates marked as not known (${unknown.map((r) => `"${r.raw.delegates}"`).join(', ')}), so the delegates awarded cannot all be read.`,
      [...unknown.map((r) => r.line), contest.totals.line],
    ),
  ];
}

/** A Total row that leaves blank a column of figures its rows fill: the table cannot be checked against itself. */
export function checkTotalFigureMissing(contest: Contest): Finding[] {
  const { totals, results } = contest;
  const missing: string[] = [];
  if (contest.unit !== null && totals.votes === null && results.some((r) => r.votes !== null))
    missing.push(`the ${unitOf(contest)}`);
  if (totals.percent === null && results.some((r) => r.percent !== null)) missing.push('the percent');
  if (
    totals.delegates === null &&
    !isUnknownMark(totals.raw.delegates) &&
    results.some((r) => (r.delegates ?? 0) > 0)
  )
    missing.push('the delegates');
  if (totals.delegates === null && isUnknownMark(totals.raw.delegates)) missing.push('the delegates');
  if (missing.length === 0) return [];
  return [
    finding(
      'total-figure-missing',
      'warning',
      `The Total row gives no figure for ${missing.join(' or ')}, which the rows state: the rows cannot be checked against it.`,
      [totals.line],
    ),
  ];
}
