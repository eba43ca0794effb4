import { byClaim, type Part, partsOf, type Quota } from './largest-remainder.js';

/**
 * The rounding of the Democratic delegate selection rules: each quota rounded to the nearest whole
 * number, halves up. If that hands out more than `seats`, a seat is taken back from each of the entries
 * rounded up whose fraction was smallest (closest to rounding down) until the total is right; if fewer, a
 * seat goes to each of the entries rounded down whose fraction was largest. Ties go to more votes, then
 * to the entry listed first.
 *
 * This picks the same entries as the rule text's "whole numbers, then the remaining delegates in order
 * of the highest fractional remainders" (Hamilton): both give the extra seats to the largest fractions.
 * Should the total still be off (only with far more seats than entries), the adjustment goes round again.
 */
export function roundHalfUpAndAdjust(quotas: readonly Quota[], denominator: number, seats: number): number[] {
  const parts = partsOf(quotas, denominator);
  const roundedUp = (p: Part) => 2 * p.rest >= denominator;
  const out = parts.map((p) => p.whole + (roundedUp(p) ? 1 : 0));
  const order = [...parts].sort(byClaim);
  const weakestFirst = [...order].reverse();
  let over = out.reduce((s, n) => s + n, 0) - seats;
  const givers = [...weakestFirst.filter(roundedUp), ...weakestFirst];
  for (let k = 0; over > 0; k = (k + 1) % givers.length) {
    const p = givers[k] as Part;
    if ((out[p.index] as number) > 0) {
      out[p.index] = (out[p.index] as number) - 1;
      over--;
    }
  }
  const takers = [...order.filter((p) => !roundedUp(p)), ...order];
  for (let k = 0; over < 0 && takers.length > 0; k = (k + 1) % takers.length, over++) {
    const p = takers[k] as Part;
    out[p.index] = (out[p.index] as number) + 1;
  }
  return out;
}
