import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { decimalsOf, formatPercent } from './precision.js';

/**
 * Where a table gives shares but not the counts behind them, the stated percents must add up
 * to 100, give or take half a unit of rounding per row.
 */
export function checkPercentSum(contest: Contest): Finding[] {
  const rows = contest.results;
  if (rows.length === 0 || rows.every((row) => row.votes !== null)) return [];
  if (rows.some((row) => row.percent === null)) return [];
  const decimals = Math.max(...rows.map((row) => decimalsOf(row.raw.percent, row.percent ?? 0)));
  const sum = rows.reduce((total, row) => total + (row.percent ?? 0), 0);
  const slack = rows.reduce(
    (total, row) => total + 0.5 * 10 ** -decimalsOf(row.raw.percent, row.percent ?? 0),
    0,
  );
  if (Math.abs(sum - 100) <= slack + 1e-9) return [];
  return [
    finding(
      'percent-sum-mismatch',
      'error',
      `The stated percents add up to ${formatPercent(sum, decimals)}; rounding ${rows.length} figures can move 100% by ${formatPercent(slack, decimals + 1)} at most.`,
      [...rows.map((row) => row.line), contest.totals.line],
    ),
  ];
}
