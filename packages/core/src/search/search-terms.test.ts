import { describe, expect, it } from 'vitest';
import { searchKey, searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('folds case and punctuation', () => {
    expect(searchTerms('N. Dakota')).toEqual(['n', 'dakota']);
    expect(searchTerms('NORTH-DAKOTA')).toEqual(['north', 'dakota']);
    expect(searchTerms('  2004-nd-democratic-caucus ')).toEqual(['2004', 'nd', 'democratic', 'caucus']);
  });

  it('folds accents, whether composed or not', () => {
    expect(searchKey('José Martí')).toBe('jose marti');
    expect(searchKey('Jose\u0301 Marti\u0301')).toBe('jose marti');
  });

  it('gives no terms for text without letters or digits', () => {
    expect(searchTerms(' .,-!')).toEqual([]);
  });
});
