import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allocateDelegates } from './allocate.js';

const votes = fc.array(fc.oneof(fc.constant(0), fc.nat({ max: 1_000_000 })), { minLength: 1, maxLength: 12 });
const toEntries = (vs: number[]) => vs.map((v, i) => ({ id: `c${i}`, votes: v }));
const seats = fc.nat({ max: 400 });
const options = fc.record({
  threshold: fc.constantFrom(0, 0.02, 0.05, 0.15, 0.25, 0.5, 1),
  method: fc.constantFrom('largest-remainder' as const, 'dnc' as const),
});
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Who should qualify, worked out apart from the implementation (exact integer arithmetic for `dnc`). */
function expectedQualifiers(vs: number[], o: { threshold: number; method: string }): boolean[] {
  const total = sum(vs);
  if (total === 0) return vs.map(() => false);
  if (o.method === 'largest-remainder') {
    const reached = vs.map((v) => v > 0 && v / total >= o.threshold);
    return reached.some(Boolean) ? reached : vs.map((v) => v > 0);
  }
  // Thousandths of a percent, rounded half up: floor((2 × v × 100,000 + total) / (2 × total)).
  const units = vs.map((v) => Number((2n * BigInt(v) * 100_000n + BigInt(total)) / (2n * BigInt(total))));
  const bar = Math.round(o.threshold * 100_000);
  const reached = vs.map((v, i) => v > 0 && (units[i] as number) >= bar);
  if (reached.some(Boolean)) return reached;
  const lead = Math.max(...units);
  return vs.map((v, i) => v > 0 && (units[i] as number) >= lead - 10_000);
}

test('hands out exactly N seats whenever anyone has votes, and none otherwise', () => {
  fc.assert(
    fc.property(votes, seats, options, (vs, n, o) => {
      const a = allocateDelegates(toEntries(vs), n, o);
      expect(sum(a.map((x) => x.seats))).toBe(vs.some((v) => v > 0) ? n : 0);
      expect(a.every((x) => Number.isInteger(x.seats) && x.seats >= 0)).toBe(true);
    }),
  );
});

test('nobody under the threshold gets a seat: qualification follows the threshold and its fallback', () => {
  fc.assert(
    fc.property(votes, seats, options, (vs, n, o) => {
      const a = allocateDelegates(toEntries(vs), n, o);
      expect(a.map((x) => x.qualified)).toEqual(expectedQualifiers(vs, o));
      for (const x of a) if (!x.qualified) expect(x.seats).toBe(0);
      if (a.some((x) => x.share >= o.threshold && x.share > 0)) {
        for (const x of a) if (x.share < o.threshold) expect(x.seats).toBe(0);
      }
    }),
  );
});

test('largest remainder keeps every qualifier within one seat of its quota', () => {
  fc.assert(
    fc.property(votes, seats, fc.constantFrom(0, 0.05, 0.15), (vs, n, threshold) => {
      const a = allocateDelegates(toEntries(vs), n, { threshold });
      const pool = sum(vs.filter((_, i) => a[i]?.qualified));
      a.forEach((x, i) => {
        if (!x.qualified || pool === 0) return;
        const quota = (n * (vs[i] as number)) / pool;
        expect(x.seats).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(x.seats).toBeLessThanOrEqual(Math.ceil(quota));
      });
    }),
  );
});

test('within one allocation, more votes never means fewer seats', () => {
  fc.assert(
    fc.property(votes, seats, options, (vs, n, o) => {
      const a = allocateDelegates(toEntries(vs), n, o);
      a.forEach((x, i) => {
        a.forEach((y, j) => {
          if ((vs[i] as number) > (vs[j] as number)) expect(x.seats).toBeGreaterThanOrEqual(y.seats);
        });
      });
    }),
  );
});

test('raising one entry’s votes never costs it its qualification, nor a seat while the qualifiers stay the same', () => {
  let sameField = 0;
  fc.assert(
    fc.property(
      votes,
      seats,
      options,
      fc.nat(),
      fc.integer({ min: 1, max: 200_000 }),
      (vs, n, o, pick, extra) => {
        const i = pick % vs.length;
        const before = allocateDelegates(toEntries(vs), n, o);
        const after = allocateDelegates(toEntries(vs.map((v, k) => (k === i ? v + extra : v))), n, o);
        if (before[i]?.qualified) expect(after[i]?.qualified).toBe(true);
        if (before.every((x, k) => x.qualified === after[k]?.qualified)) {
          sameField++;
          expect(after[i]?.seats).toBeGreaterThanOrEqual(before[i]?.seats ?? 0);
        }
      },
    ),
    { numRuns: 500 },
  );
  // The property must have been exercised, not skipped by a field that always changes.
  expect(sameField).toBeGreaterThan(200);
});
