import { describe, expect, it } from 'vitest';
import { canonicalUrl, listBody, pageLinks } from './links.js';

describe('canonicalUrl', () => {
  it('sorts keys, drops absent values and encodes the rest', () => {
    expect(canonicalUrl('/v1/contests', { year: 2004, state: 'North Dakota', party: undefined })).toBe(
      '/v1/contests?state=North+Dakota&year=2004',
    );
    expect(canonicalUrl('/v1/tally', {})).toBe('/v1/tally');
  });
});

describe('pageLinks', () => {
  it('links the first, previous and next pages of a middle page, the cursor a position', () => {
    expect(pageLinks('/v1/contests', { year: 2004 }, 2, 2, 5)).toEqual({
      self: '/v1/contests?cursor=2&limit=2&year=2004',
      first: '/v1/contests?limit=2&year=2004',
      prev: '/v1/contests?limit=2&year=2004',
      next: '/v1/contests?cursor=4&limit=2&year=2004',
    });
  });

  it('has no previous page on the first and no next page on the last', () => {
    expect(pageLinks('/v1/contests', {}, 0, 20, 4)).toEqual({
      self: '/v1/contests?limit=20',
      first: '/v1/contests?limit=20',
      prev: null,
      next: null,
    });
  });
});

describe('listBody', () => {
  it('puts the items in data, the page in meta and the neighbours in links', () => {
    const meta = {
      dataVersion: 'a'.repeat(64),
      attribution: {
        text: 't',
        license: 'CC BY-SA 4.0' as const,
        licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/' as const,
        sources: [],
      },
    };
    expect(listBody('/v1/races', {}, 0, 1, { items: ['x'], total: 2 }, meta)).toEqual({
      data: ['x'],
      links: {
        self: '/v1/races?limit=1',
        first: '/v1/races?limit=1',
        prev: null,
        next: '/v1/races?cursor=1&limit=1',
      },
      meta: { ...meta, page: { limit: 1, total: 2, nextCursor: '1' } },
    });
  });
});
