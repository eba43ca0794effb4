import type { ResultRow } from '../schema/contest.js';
import type { RankedResult } from '../schema/tally.js';
import { sharesOf } from './shares.js';

/** What a row ranks by: its votes, else its stated percent (always after any row with votes), else nothing. */
function standing(row: ResultRow): { tier: number; value: number } {
  if (row.votes !== null) return { tier: 0, value: row.votes };
  if (row.percent !== null) return { tier: 1, value: row.percent };
  return { tier: 2, value: 0 };
}

/**
 * Rows ranked by the counted unit, highest first, with competition ranking: equal figures share a rank
 * and the next rank skips (1, 2, 2, 4). Rows without votes rank after every row with votes, by their
 * stated percent; rows with neither come last, sharing a rank. Ties keep table order.
 */
export function rankRows(rows: readonly ResultRow[]): RankedResult[] {
  const shares = sharesOf(rows);
  const order = rows.map((row, i) => ({ row, share: shares[i] ?? null, i, at: standing(row) }));
  order.sort((a, b) => a.at.tier - b.at.tier || b.at.value - a.at.value || a.i - b.i);
  let rank = 0;
  return order.map(({ row, share, at }, k) => {
    const prev = order[k - 1]?.at;
    if (prev === undefined || prev.tier !== at.tier || prev.value !== at.value) rank = k + 1;
    return {
      rank,
      candidate: row.candidate,
      candidateId: row.candidateId,
      kind: row.kind,
      withdrawn: row.withdrawn,
      votes: row.votes,
      share,
      percent: row.percent,
      delegates: row.delegates,
      line: row.line,
    };
  });
}
