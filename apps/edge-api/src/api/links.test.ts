import { describe, expect, it } from 'vitest';
import { decodeCursor } from './cursor.js';
import { canonicalUrl, pageLinks } from './links.js';

describe('canonicalUrl', () => {
  it('sorts keys, drops absent values and encodes the rest', () => {
    expect(canonicalUrl('/v1/contests', { year: 2004, state: 'North Dakota', party: undefined })).toBe(
      '/v1/contests?state=North+Dakota&year=2004',
    );
    expect(canonicalUrl('/v1/tally', {})).toBe('/v1/tally');
  });
});

describe('pageLinks', () => {
  it('links the first, previous and next pages of a middle page', () => {
    const links = pageLinks('/v1/contests', { year: 2004 }, 2, 2, 5);
    const cursor = (url: string | null) =>
      decodeCursor(new URLSearchParams(url?.split('?')[1]).get('cursor') ?? '');
    expect(links.first).toBe('/v1/contests?limit=2&year=2004');
    expect(links.prev).toBe('/v1/contests?limit=2&year=2004');
    expect(cursor(links.self)).toBe(2);
    expect(cursor(links.next)).toBe(4);
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
