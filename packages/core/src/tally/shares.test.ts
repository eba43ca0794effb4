import fc from 'fast-check';
import { expect, test } from 'vitest';
import { sharesOf } from './shares.js';

test('shares are exact fractions of the summed votes', () => {
  expect(sharesOf([{ votes: 1 }, { votes: 3 }])).toEqual([0.25, 0.75]);
  // North Dakota: Kerry 5,366 of 10,558.
  expect(sharesOf([{ votes: 5366 }, { votes: 10558 - 5366 }])[0]).toBe(5366 / 10558);
});

test('a row without votes has no share, and neither does any row when nobody has votes', () => {
  expect(sharesOf([{ votes: 2 }, { votes: null }])).toEqual([1, null]);
  expect(sharesOf([{ votes: 0 }, { votes: null }])).toEqual([null, null]);
  expect(sharesOf([])).toEqual([]);
});

test('shares sum to 1 whenever anyone has votes', () => {
  fc.assert(
    fc.property(
      fc.array(fc.option(fc.nat({ max: 10_000_000 }), { nil: null }), { maxLength: 30 }),
      (votes) => {
        const shares = sharesOf(votes.map((v) => ({ votes: v })));
        if (votes.some((v) => v !== null && v > 0)) {
          const sum = shares.reduce<number>((s, x) => s + (x ?? 0), 0);
          expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
        } else {
          expect(shares.every((s) => s === null)).toBe(true);
        }
      },
    ),
  );
});
