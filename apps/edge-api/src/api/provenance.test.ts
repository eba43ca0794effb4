import { describe, expect, it } from 'vitest';
import { articleUrl } from './provenance.js';

describe('articleUrl', () => {
  it('writes spaces as underscores and escapes the rest', () => {
    expect(articleUrl('2004 North Dakota Democratic presidential caucuses')).toBe(
      'https://en.wikipedia.org/wiki/2004_North_Dakota_Democratic_presidential_caucuses',
    );
    expect(articleUrl('Côte d’Ivoire (x)/y?')).toBe(
      'https://en.wikipedia.org/wiki/C%C3%B4te_d%E2%80%99Ivoire_(x)%2Fy%3F',
    );
  });
});
