import { describe, expect, it } from 'vitest';
import { wikipediaUrl } from './attribution.js';

describe('wikipediaUrl', () => {
  it('links the article named by the title line', () => {
    expect(wikipediaUrl('2004 North Dakota Democratic presidential caucuses')).toBe(
      'https://en.wikipedia.org/wiki/2004_North_Dakota_Democratic_presidential_caucuses',
    );
  });
  it('escapes characters that are not safe in a path, keeping slashes', () => {
    expect(wikipediaUrl('A/B & C')).toBe('https://en.wikipedia.org/wiki/A/B_%26_C');
  });
});
