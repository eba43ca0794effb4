import { z } from 'zod';
import { AllocationOptions } from '../schema/delegate-model.js';
import { roundHalfUpAndAdjust } from './dnc-rounding.js';
import { roundedQuotient } from './exact-division.js';
import { largestRemainder, type Quota } from './largest-remainder.js';

export const AllocationEntry = z.object({ id: z.string(), votes: z.number().min(0) });
export type AllocationEntry = z.infer<typeof AllocationEntry>;
const AllocationInput = z.object({ entries: z.array(AllocationEntry), seats: z.number().int().min(0) });

export interface Allocation {
  id: string;
  seats: number;
  /** Share of all the entries' votes, 0..1 (`dnc`: to three decimals of a percent, as the rules say). */
  share: number;
  /** Whether the entry reached the threshold (or the fallback below) and took part in the division. */
  qualified: boolean;
}

/** Percentages to three decimals, as whole numbers of thousandths of a percent. */
const SCALE = 100_000;
/** The DNC fallback lowers the threshold to the front-runner's percentage less 10 points. */
const FALLBACK_POINTS = 10_000;

/**
 * Divides `seats` among the entries in proportion to their votes, among those at or above the threshold
 * share of all the entries' votes (15% by default). Entries without votes never qualify. Results come in
 * the entries' order.
 *
 * - `largest-remainder` (Hamilton): each qualifier's quota is `seats × votes / qualifiers' votes`; it gets
 *   the whole part, and the seats left go one each to the largest fractional parts. If nobody reaches the
 *   threshold, everyone with votes qualifies (a plain proportional division; the method names no rule of
 *   its own for that case).
 * - `dnc`, after the Democratic Party's delegate selection rules ("fair reflection"): (1) each percentage
 *   of the vote carried to three decimals; (2) retabulated to three decimals among those at or above the
 *   threshold; (3) times the seats; rounded to the nearest whole number, halves up, then made to add up as
 *   `roundHalfUpAndAdjust` describes (which picks the same entries as the rules' "whole numbers, then the
 *   highest fractional remainders"). If nobody reaches the threshold, it becomes the front-runner's
 *   percentage less 10 points, as the rules provide (so not everyone with votes takes part).
 *
 * Ties for a seat go to the entry with more votes, then to the one listed first. Exactly `seats` are
 * handed out whenever anyone has votes (none otherwise), and nobody who did not qualify gets one.
 *
 * Monotonicity: within one allocation more votes never mean fewer seats; and while the set of qualifiers
 * stays the same, raising one entry's votes never lowers its seats. It is not monotone across a change of
 * that set: a gain that pushes a rival under the threshold shrinks the pool, every quota grows, and the
 * largest fractions can reorder (the Alabama paradox). With a 2% threshold and 13 seats, votes 2,014,
 * 18,337 and 80,129 give 0, 3 and 10 seats; raising the second to 19,074 drops the first under 2% and
 * gives 2 and 11.
 *
 * Throws (a bug in the caller) on options the AllocationOptions schema refuses, negative or non-finite
 * votes, and seats that are not a whole number >= 0.
 */
export function allocateDelegates(
  entries: readonly AllocationEntry[],
  seats: number,
  options: AllocationOptions = {},
): Allocation[] {
  const { threshold, method } = AllocationOptions.parse(options);
  AllocationInput.parse({ entries, seats });
  const votes = entries.map((e) => e.votes);
  const total = votes.reduce((s, v) => s + v, 0);
  const dnc = method === 'dnc';
  const units = votes.map((v) => (total === 0 ? 0 : roundedQuotient(v * SCALE, total)));
  const shares = dnc ? units.map((u) => u / SCALE) : votes.map((v) => (total === 0 ? 0 : v / total));
  const bar = dnc ? Math.round(threshold * SCALE) / SCALE : threshold;
  let qualified = votes.map((v, i) => v > 0 && (shares[i] as number) >= bar);
  if (!qualified.some(Boolean)) {
    const lead = Math.max(0, ...units);
    qualified = votes.map((v, i) => v > 0 && (!dnc || (units[i] as number) >= lead - FALLBACK_POINTS));
  }
  const pool = votes.reduce((s, v, i) => s + (qualified[i] ? v : 0), 0);
  const takers = entries.flatMap((_, i) => (qualified[i] ? [i] : []));
  const quotas: Quota[] = takers.map((i) => {
    const v = votes[i] as number;
    return { votes: v, numerator: dnc ? seats * roundedQuotient(v * SCALE, pool) : seats * v };
  });
  const won =
    pool === 0 || seats === 0
      ? takers.map(() => 0)
      : dnc
        ? roundHalfUpAndAdjust(quotas, SCALE, seats)
        : largestRemainder(quotas, pool, seats);
  const seatsOf = new Map(takers.map((i, k) => [i, won[k] as number]));
  return entries.map((e, i) => ({
    id: e.id,
    seats: seatsOf.get(i) ?? 0,
    share: shares[i] as number,
    qualified: qualified[i] as boolean,
  }));
}
