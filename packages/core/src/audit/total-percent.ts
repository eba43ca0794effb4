import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { decimalsOf, formatPercent } from './precision.js';

/** The sum of the rows' stated percents, when every row states one. */
function statedSum(contest: Contest): { sum: number; slack: number } | null {
  const rows = contest.results;
  if (rows.length === 0 || rows.some((row) => row.percent === null)) return null;
  let sum = 0;
  let slack = 0;
  for (const row of rows) {
    sum += row.percent ?? 0;
    slack += 0.5 * 10 ** -decimalsOf(row.raw.percent, row.percent ?? 0);
  }
  return { sum, slack };
}

/**
 * The Total row's percent must be 100 at its precision (`100%`, `100.00%`); a total that adds up the
 * rounded row figures (`100.01%`) is accepted while it stays within their rounding.
 */
export function checkTotalPercent(contest: Contest): Finding[] {
  const { percent, raw, line } = contest.totals;
  if (percent === null || Math.abs(percent - 100) <= 1e-9) return [];
  const decimals = decimalsOf(raw.percent, percent);
  const rows = statedSum(contest);
  if (
    rows !== null &&
    Math.abs(rows.sum - percent) <= 0.5 * 10 ** -decimals + 1e-9 &&
    Math.abs(percent - 100) <= rows.slack + 1e-9
  ) {
    return [];
  }
  return [
    finding(
      'total-percent-mismatch',
      'error',
      `The Total row states ${formatPercent(percent, decimals)}; the shares of all the rows make 100%.`,
      [line],
    ),
  ];
}
