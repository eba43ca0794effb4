import { expect, test } from 'vitest';
import { largestRemainder } from './largest-remainder.js';

test('whole parts, then one seat each to the largest fractions', () => {
  // Quotas 14 × (5,366; 2,502) / 7,868 = 9.548 and 4.452.
  const quotas = [
    { numerator: 14 * 5366, votes: 5366 },
    { numerator: 14 * 2502, votes: 2502 },
  ];
  expect(largestRemainder(quotas, 7868, 14)).toEqual([10, 4]);
});

test('equal fractions: more votes first, then the first listed', () => {
  const quotas = [
    { numerator: 1, votes: 1 },
    { numerator: 1, votes: 2 },
    { numerator: 1, votes: 1 },
  ];
  // Each quota is 1/3 of a seat; one seat: the entry with 2 votes.
  expect(largestRemainder(quotas, 3, 1)).toEqual([0, 1, 0]);
  expect(largestRemainder(quotas, 3, 2)).toEqual([1, 1, 0]);
});

test('seats beyond the quotas go round again; seats below them are taken from the weakest claims', () => {
  const quotas = [
    { numerator: 3, votes: 3 },
    { numerator: 1, votes: 1 },
  ];
  expect(largestRemainder(quotas, 2, 5)).toEqual([3, 2]);
  expect(largestRemainder(quotas, 2, 1)).toEqual([1, 0]);
  expect(largestRemainder([], 1, 3)).toEqual([]);
});
