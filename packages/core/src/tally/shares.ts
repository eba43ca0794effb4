/**
 * Each row's exact share of the rows' summed votes (0..1, unrounded). Null for a row without votes, and
 * for every row when no row has any: there is nothing to divide.
 */
export function sharesOf(rows: readonly { votes: number | null }[]): (number | null)[] {
  const sum = rows.reduce((s, r) => s + (r.votes ?? 0), 0);
  return rows.map((r) => (r.votes === null || sum === 0 ? null : r.votes / sum));
}
