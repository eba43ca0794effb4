import fc from 'fast-check';
import { expect, test } from 'vitest';
import { roundHalfUpAndAdjust } from './dnc-rounding.js';
import { largestRemainder } from './largest-remainder.js';

const SCALE = 100_000;
const quotasOf = (units: number[], seats: number) => units.map((u) => ({ numerator: seats * u, votes: u }));

test('rounds halves up and, when that is too many, takes back from the smallest fraction rounded up', () => {
  // 3 seats × 38%, 21%, 20%, 21%: 1.14, 0.63, 0.60, 0.63 round to 4 seats; the 0.60 gives one back.
  expect(roundHalfUpAndAdjust(quotasOf([38_000, 21_000, 20_000, 21_000], 3), SCALE, 3)).toEqual([1, 1, 0, 1]);
  // 2 seats × 50%, 25%, 25%: 1, 0.5, 0.5 round to 3; equal fractions and votes: the last listed gives back.
  expect(roundHalfUpAndAdjust(quotasOf([50_000, 25_000, 25_000], 2), SCALE, 2)).toEqual([1, 1, 0]);
});

test('when rounding gives too few, the largest fractions rounded down take the rest', () => {
  // 5 seats × 44%, 44%, 12%: 2.2, 2.2, 0.6 round to 2, 2, 1: five, nothing to adjust.
  expect(roundHalfUpAndAdjust(quotasOf([44_000, 44_000, 12_000], 5), SCALE, 5)).toEqual([2, 2, 1]);
  // 4 seats × 36%, 34%, 30%: 1.44, 1.36, 1.2 round to 3; the fourth to .44.
  expect(roundHalfUpAndAdjust(quotasOf([36_000, 34_000, 30_000], 4), SCALE, 4)).toEqual([2, 1, 1]);
});

test('picks the same seats as the rule text: whole numbers, then the highest fractional remainders', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 500 }),
      (votes, seats) => {
        const total = votes.reduce((s, v) => s + v, 0);
        // Percentages to three decimals, as the rule retabulates them: they may sum a little over or under 100.
        const units = votes.map((v) => Math.round((v * SCALE) / total));
        const quotas = units.map((u, i) => ({ numerator: seats * u, votes: votes[i] as number }));
        expect(roundHalfUpAndAdjust(quotas, SCALE, seats)).toEqual(largestRemainder(quotas, SCALE, seats));
      },
    ),
  );
});
