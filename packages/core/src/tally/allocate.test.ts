import { expect, test } from 'vitest';
import { allocateDelegates } from './allocate.js';

const seatsOf = (allocation: { id: string; seats: number }[]) =>
  Object.fromEntries(allocation.map((a) => [a.id, a.seats]));

test('largest remainder: whole parts first, then the largest fractions', () => {
  // Shares of 10,124: Kerry 53.0%, Clark 24.7%, Dean 12.2%, Edwards 10.1%; Kerry and Clark qualify (7,868).
  // 14 × 5,366 / 7,868 = 9.548 and 14 × 2,502 / 7,868 = 4.452: 9 + 4, and the 14th seat to .548.
  const a = allocateDelegates(
    [
      { id: 'kerry', votes: 5366 },
      { id: 'clark', votes: 2502 },
      { id: 'dean', votes: 1231 },
      { id: 'edwards', votes: 1025 },
    ],
    14,
  );
  expect(a).toEqual([
    { id: 'kerry', seats: 10, share: 5366 / 10124, qualified: true },
    { id: 'clark', seats: 4, share: 2502 / 10124, qualified: true },
    { id: 'dean', seats: 0, share: 1231 / 10124, qualified: false },
    { id: 'edwards', seats: 0, share: 1025 / 10124, qualified: false },
  ]);
});

test('the threshold is an option, and exactly at it qualifies', () => {
  const entries = [
    { id: 'a', votes: 85 },
    { id: 'b', votes: 15 },
  ];
  // 8.5 and 1.5: equal fractions, so the last seat goes to more votes.
  expect(seatsOf(allocateDelegates(entries, 10))).toEqual({ a: 9, b: 1 });
  expect(seatsOf(allocateDelegates(entries, 10, { threshold: 0.2 }))).toEqual({ a: 10, b: 0 });
  expect(seatsOf(allocateDelegates(entries, 10, { threshold: 0 }))).toEqual({ a: 9, b: 1 });
});

test('a tie for the last seat goes to more votes, then to the one listed first', () => {
  const tie = (votes: number[]) =>
    allocateDelegates(
      votes.map((v, i) => ({ id: `c${i}`, votes: v })),
      3,
      { threshold: 0 },
    ).map((x) => x.seats);
  expect(tie([50, 50])).toEqual([2, 1]);
  // Quotas 1.5, 0.75, 0.75: whole parts 1, 0, 0; fractions .75, .75 before .5.
  expect(tie([50, 25, 25])).toEqual([1, 1, 1]);
});

test('largest remainder: when nobody reaches the threshold, everyone with votes takes part', () => {
  const entries = [
    ...Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, votes: 10 })),
    { id: 'none', votes: 0 },
  ];
  const a = allocateDelegates(entries, 8);
  expect(a.map((x) => x.seats)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  expect(a.map((x) => x.qualified)).toEqual([true, true, true, true, true, true, true, true, false]);
});

test('dnc: when nobody reaches 15%, the threshold is the front-runner less 10 points', () => {
  // Of 100 votes: a 14%, b 13%, c 3%, ten x's 7% each. The threshold falls to 4%: c is out.
  // Retabulated among the 97: a 14.433%, b 13.402%, each x 7.216%; × 10 seats: 1.443, 1.340, 0.722.
  // Rounded: 1 + 1 + 10 × 1 = 12; two too many, taken back from the smallest fractions rounded up:
  // the x's tie at .722 with equal votes, so the last two listed give theirs back.
  const entries = [
    { id: 'a', votes: 14 },
    { id: 'b', votes: 13 },
    { id: 'c', votes: 3 },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, votes: 7 })),
  ];
  const a = allocateDelegates(entries, 10, { method: 'dnc' });
  expect(a.map((x) => [x.id, x.seats, x.qualified])).toEqual([
    ['a', 1, true],
    ['b', 1, true],
    ['c', 0, false],
    ...Array.from({ length: 10 }, (_, i) => [`x${i}`, i < 8 ? 1 : 0, true]),
  ]);
  expect(a.map((x) => x.share).slice(0, 4)).toEqual([0.14, 0.13, 0.03, 0.07]);
});

test('dnc: rounds to the nearest whole number, then takes back from the fraction closest to rounding down', () => {
  // 38%, 21%, 20%, 21% of 3 seats: 1.14, 0.63, 0.60, 0.63 round to 1, 1, 1, 1; the 0.60 gives its seat back.
  const votes = [38, 21, 20, 21];
  const entries = votes.map((v, i) => ({ id: `c${i}`, votes: v }));
  expect(allocateDelegates(entries, 3, { method: 'dnc' }).map((x) => x.seats)).toEqual([1, 1, 0, 1]);
});

test('dnc: rounds to the nearest whole number, then gives to the largest fraction rounded down', () => {
  // Three at 33.333% of 4 seats: 1.333 each round to 1; the fourth seat goes to the first listed.
  const entries = ['a', 'b', 'c'].map((id) => ({ id, votes: 100 }));
  expect(allocateDelegates(entries, 4, { method: 'dnc' }).map((x) => x.seats)).toEqual([2, 1, 1]);
});

test('dnc: percentages carried to three decimals decide the threshold', () => {
  // 149,996 of 1,000,000 is 14.9996%: under 15% exactly, but 15.000% to three decimals.
  const entries = [
    { id: 'a', votes: 850_004 },
    { id: 'b', votes: 149_996 },
  ];
  expect(allocateDelegates(entries, 10).map((x) => [x.seats, x.qualified])).toEqual([
    [10, true],
    [0, false],
  ]);
  // dnc: 85.000% and 15.000% of 10 seats are 8.5 and 1.5, both rounded up; one too many, and of the
  // equal fractions the one with fewer votes gives its seat back.
  expect(allocateDelegates(entries, 10, { method: 'dnc' })).toEqual([
    { id: 'a', seats: 9, share: 0.85, qualified: true },
    { id: 'b', seats: 1, share: 0.15, qualified: true },
  ]);
});

test('raising a vote can cost a seat when it pushes a rival under the threshold (Alabama paradox)', () => {
  const run = (second: number) =>
    allocateDelegates(
      [
        { id: 'a', votes: 2014 },
        { id: 'b', votes: second },
        { id: 'c', votes: 80_129 },
      ],
      13,
      { threshold: 0.02 },
    ).map((x) => [x.seats, x.qualified]);
  // 2,014 / 100,480 = 2.004%: 13 × (2,014; 18,337; 80,129) / 100,480 = 0.261, 2.372, 10.367; b takes the 13th.
  expect(run(18_337)).toEqual([
    [0, true],
    [3, true],
    [10, true],
  ]);
  // 2,014 / 101,217 = 1.990%: a is out; 13 × (19,074; 80,129) / 99,203 = 2.4995, 10.5005; c takes the 13th.
  expect(run(19_074)).toEqual([
    [0, false],
    [2, true],
    [11, true],
  ]);
});

test('no votes, no seats; zero seats, nothing to hand out; no entries, no result', () => {
  expect(allocateDelegates([{ id: 'a', votes: 0 }], 5)).toEqual([
    { id: 'a', seats: 0, share: 0, qualified: false },
  ]);
  expect(seatsOf(allocateDelegates([{ id: 'a', votes: 10 }], 0))).toEqual({ a: 0 });
  expect(allocateDelegates([], 3)).toEqual([]);
});

test('options and inputs are checked', () => {
  expect(() => allocateDelegates([], 1, { threshold: 2 })).toThrow();
  expect(() => allocateDelegates([], 1, { method: 'dhondt' as 'dnc' })).toThrow();
  expect(() => allocateDelegates([{ id: 'a', votes: -1 }], 1)).toThrow();
  expect(() => allocateDelegates([{ id: 'a', votes: Number.NaN }], 1)).toThrow();
  expect(() => allocateDelegates([{ id: 'a', votes: 1 }], 1.5)).toThrow();
});
