import fc from 'fast-check';
import { expect, test } from 'vitest';
import { divide, roundedQuotient } from './exact-division.js';

test('whole part and remainder', () => {
  expect(divide(75_124, 7_868)).toEqual({ whole: 9, rest: 4_312 });
  expect(divide(6, 3)).toEqual({ whole: 2, rest: 0 });
  expect(divide(0, 7)).toEqual({ whole: 0, rest: 0 });
});

test('a quotient just under a whole number stays under it', () => {
  // (2^26 + 1) × 2^26 - 1 is under 2^53: its quotient by 2^26 + 1 is 2^26 less a hair, and floors to 2^26 - 1.
  const d = 2 ** 26 + 1;
  expect(divide(d * 2 ** 26 - 1, d)).toEqual({ whole: 2 ** 26 - 1, rest: d - 1 });
});

test('rounds halves up', () => {
  expect([
    roundedQuotient(5, 2),
    roundedQuotient(7, 2),
    roundedQuotient(4, 3),
    roundedQuotient(5, 3),
  ]).toEqual([3, 4, 1, 2]);
});

test('numerator = whole × denominator + rest, with 0 <= rest < denominator, for integers below 2^53', () => {
  fc.assert(
    fc.property(fc.nat({ max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 2 ** 53 - 1 }), (n, d) => {
      const { whole, rest } = divide(n, d);
      expect(Number.isInteger(whole)).toBe(true);
      expect(rest).toBeGreaterThanOrEqual(0);
      expect(rest).toBeLessThan(d);
      expect(BigInt(whole) * BigInt(d) + BigInt(rest)).toBe(BigInt(n));
    }),
  );
});
