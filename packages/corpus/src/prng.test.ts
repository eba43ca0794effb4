import { describe, expect, it } from 'vitest';
import { mixSeed, Prng } from './prng.ts';

describe('Prng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
  });

  it('gives a different sequence for another seed', () => {
    expect(new Prng(1).next()).not.toBe(new Prng(2).next());
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = new Prng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles into a permutation of the same items', () => {
    const out = new Prng(9).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(out).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('mixSeed', () => {
  it('gives distinct seeds for neighbouring indexes', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, i)));
    expect(seeds.size).toBe(10_000);
  });
});
