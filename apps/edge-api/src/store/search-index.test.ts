import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './search-index.js';

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
