import type { Contest, Manifest } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { articleUrl, attributionOf, provenanceOf } from './provenance.js';

const manifest = { attribution: 'From English Wikipedia, CC BY-SA 4.0.', hash: 'c'.repeat(64) } as Manifest;

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

describe('provenanceOf', () => {
  it('names the source, the article, the licence and the data version', () => {
    const contest = {
      title: '2004 Michigan Democratic presidential caucuses',
      source: { file: 'sources/mi.txt', sha256: 'a'.repeat(64), bytes: 10, lines: 2 },
    } as Contest;
    expect(provenanceOf(contest, manifest)).toEqual({
      source: { file: 'sources/mi.txt', sha256: 'a'.repeat(64), bytes: 10, lines: 2 },
      article: {
        title: '2004 Michigan Democratic presidential caucuses',
        url: 'https://en.wikipedia.org/wiki/2004_Michigan_Democratic_presidential_caucuses',
      },
      credit:
        'From the Wikipedia article "2004 Michigan Democratic presidential caucuses" ' +
        '(https://en.wikipedia.org/wiki/2004_Michigan_Democratic_presidential_caucuses) by its ' +
        'contributors, under CC BY-SA 4.0.',
      attribution: attributionOf(manifest),
      dataVersion: 'c'.repeat(64),
    });
  });
});
