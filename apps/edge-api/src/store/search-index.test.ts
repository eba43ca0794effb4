import { describe, expect, it } from 'vitest';
import { buildSearchIndex, pairMatches, splits } from './search-index.js';

const index = buildSearchIndex([
  { item: 'north-dakota', aliases: ['North Dakota', 'ND'] },
  { item: 'north-carolina', aliases: ['North Carolina', 'NC'] },
  { item: 'kerry', aliases: ['John Kerry', 'john-kerry'] },
  { item: 'edwards', aliases: ['John Edwards'] },
  { item: 'nader', aliases: ['Ralph Nader'] },
]);

describe('buildSearchIndex', () => {
  it('matches each term against the start of a word, in order', () => {
    expect(index.find(['n', 'dakota'], 10)).toEqual(['north-dakota']);
    expect(index.find(['north', 'car'], 10)).toEqual(['north-carolina']);
    expect(index.find(['kerry'], 10)).toEqual(['kerry']);
  });

  it('ranks a whole-name match, then a match at the start of a name, before a later word', () => {
    expect(index.find(['nd'], 10)).toEqual(['north-dakota']);
    expect(index.find(['n'], 10)).toEqual(['north-dakota', 'north-carolina', 'nader']);
    expect(index.find(['john'], 10)).toEqual(['kerry', 'edwards']);
  });

  it('returns each item once, at most `limit` of them', () => {
    expect(index.find(['north'], 1)).toEqual(['north-dakota']);
    expect(index.find(['john', 'kerry'], 10)).toEqual(['kerry']);
  });

  it('finds nothing for terms in the wrong order or a word that is not there', () => {
    expect(index.find(['dakota', 'north'], 10)).toEqual([]);
    expect(index.find(['dakotas'], 10)).toEqual([]);
    expect(index.find([], 10)).toEqual([]);
  });
});

describe('pairMatches', () => {
  const contests = buildSearchIndex([
    { item: 'mi', aliases: ['2004 Michigan Democratic caucus', 'Michigan', 'MI'] },
    { item: 'nd', aliases: ['2004 North Dakota Democratic caucus', 'North Dakota', 'ND'] },
  ]);
  const candidates = buildSearchIndex([
    { item: 'kerry', aliases: ['John Kerry'] },
    { item: 'edwards', aliases: ['John Edwards'] },
    { item: 'clark', aliases: ['Wesley Clark'] },
  ]);
  // Michigan: Kerry and Edwards; North Dakota: all three.
  const ran = [
    [0, 1],
    [0, 1, 2],
  ];
  const pairs = (terms: string[], limit = 10) =>
    pairMatches(terms, contests.scores, candidates.scores, (contest) => ran[contest] ?? [], limit).map(
      (pair) => [pair.contest, pair.candidate],
    );

  it('splits the terms between a contest and a candidate, in either order', () => {
    expect(splits(['a', 'b', 'c'])).toEqual([
      [['a'], ['b', 'c']],
      [['a', 'b'], ['c']],
    ]);
    expect(pairs(['michigan', 'kerry'])).toEqual([[0, 0]]);
    expect(pairs(['kerry', 'michigan'])).toEqual([[0, 0]]);
    expect(pairs(['john', 'kerry', 'north', 'dakota'])).toEqual([[1, 0]]);
  });

  it('finds only candidates who ran in the contest, best names first, and honours limit', () => {
    expect(pairs(['michigan', 'clark'])).toEqual([]);
    expect(pairs(['nd', 'john'])).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(pairs(['john', 'n'])).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(pairs(['nd', 'john'], 1)).toEqual([[1, 0]]);
  });

  it('needs two terms at least, and a match for each part', () => {
    expect(pairs(['kerry'])).toEqual([]);
    expect(pairs(['lincoln', 'kerry'])).toEqual([]);
    expect(pairs([])).toEqual([]);
  });
});
