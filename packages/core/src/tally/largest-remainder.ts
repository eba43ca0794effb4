import { divide } from './exact-division.js';

/** One share of the seats: `numerator / denominator` seats are due (the quota), for an entry with `votes`. */
export interface Quota {
  numerator: number;
  votes: number;
}

export interface Part {
  /** Position in the quotas given. */
  index: number;
  votes: number;
  whole: number;
  /** The fractional part of the quota, times the denominator. */
  rest: number;
}

/** The better claim to a seat left over: the larger fraction, then more votes, then the one listed first. */
export function byClaim(a: Part, b: Part): number {
  return b.rest - a.rest || b.votes - a.votes || a.index - b.index;
}

export function partsOf(quotas: readonly Quota[], denominator: number): Part[] {
  return quotas.map((q, index) => ({ index, votes: q.votes, ...divide(q.numerator, denominator) }));
}

/**
 * Hamilton's method: the whole part of each quota, then one more seat each, by `byClaim`, until `seats`
 * are handed out (round by round should there be more seats left than quotas, which exact quotas never
 * leave). Seats over the total are taken back from the weakest claims.
 */
export function largestRemainder(quotas: readonly Quota[], denominator: number, seats: number): number[] {
  const parts = partsOf(quotas, denominator);
  const out = parts.map((p) => p.whole);
  const order = [...parts].sort(byClaim);
  let left = seats - out.reduce((s, n) => s + n, 0);
  for (let k = 0; left > 0 && order.length > 0; k++, left--) {
    const p = order[k % order.length] as Part;
    out[p.index] = (out[p.index] as number) + 1;
  }
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    const p = order[k] as Part;
    if ((out[p.index] as number) > 0) {
      out[p.index] = (out[p.index] as number) - 1;
      left++;
    }
  }
  return out;
}
