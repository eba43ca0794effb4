import type { Contest, ResultRow } from '../schema/contest.js';

/** The sum of the rows' votes, or null when some row has none: the base of every computed share. */
export function rowVotes(contest: Contest): number | null {
  const rows = contest.results;
  if (rows.length === 0 || rows.some((row) => row.votes === null)) return null;
  return rows.reduce((total, row) => total + (row.votes ?? 0), 0);
}

/** The bases a stated percent may have been computed on: the sum of the rows, and the Total row if it differs. */
export function shareBases(contest: Contest): number[] {
  const sum = rowVotes(contest);
  const bases = sum === null ? [] : [sum];
  const stated = contest.totals.votes;
  if (sum !== null && stated !== null && stated > 0 && stated !== sum) bases.push(stated);
  return bases.filter((base) => base > 0);
}

/** A row's share of the votes in percent, on the sum of the rows (pass it when known); null without votes. */
export function computedPercent(
  contest: Contest,
  row: ResultRow,
  sum: number | null = rowVotes(contest),
): number | null {
  if (sum === null || sum === 0 || row.votes === null) return null;
  return (row.votes / sum) * 100;
}
