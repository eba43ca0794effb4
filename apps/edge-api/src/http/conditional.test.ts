import { describe, expect, it } from 'vitest';
import { matchesIfMatch, matchesIfNoneMatch, parseEntityTags } from './conditional.js';

const etag = '"abc-123"';

describe('parseEntityTags', () => {
  it('reads a list of strong and weak tags, with or without spaces, and *', () => {
    expect(parseEntityTags('"a", W/"b","c"')).toEqual([
      { weak: false, opaque: '"a"' },
      { weak: true, opaque: '"b"' },
      { weak: false, opaque: '"c"' },
    ]);
    expect(parseEntityTags(' * ')).toBe('*');
    expect(parseEntityTags('"a,b"')).toEqual([{ weak: false, opaque: '"a,b"' }]);
  });

  it.each(['w/"a"', 'abc', '"unterminated', '"a" "b"', '"a" x', 'W/', '', ',,,', '"a\u0001"', '"a"b"'])(
    'refuses the malformed field %j',
    (field) => {
      expect(parseEntityTags(field)).toBeNull();
    },
  );
});

describe('matchesIfNoneMatch', () => {
  it('matches the same tag, any tag of a list, and *', () => {
    expect(matchesIfNoneMatch('"abc-123"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc-123"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x","abc-123","y"', etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
  });

  it('compares weakly: a W/ prefix on either side still matches', () => {
    expect(matchesIfNoneMatch('W/"abc-123"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abc-123"', 'W/"abc-123"')).toBe(true);
  });

  it('reads W/ case-sensitively, and matches nothing in a malformed field', () => {
    expect(matchesIfNoneMatch('w/"abc-123"', etag)).toBe(false);
    expect(matchesIfNoneMatch('"abc-123" junk', etag)).toBe(false);
    expect(matchesIfNoneMatch('abc-123', etag)).toBe(false);
    expect(matchesIfNoneMatch('"abc-124"', etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});

describe('matchesIfMatch', () => {
  it('matches the same strong tag, any of a list, and *', () => {
    expect(matchesIfMatch('"abc-123"', etag)).toBe(true);
    expect(matchesIfMatch('"x", "abc-123"', etag)).toBe(true);
    expect(matchesIfMatch('*', etag)).toBe(true);
  });

  it('compares strongly: a weak tag on either side never matches', () => {
    expect(matchesIfMatch('W/"abc-123"', etag)).toBe(false);
    expect(matchesIfMatch('"abc-123"', 'W/"abc-123"')).toBe(false);
  });

  it('does not match another tag or a malformed field', () => {
    expect(matchesIfMatch('"abc-124"', etag)).toBe(false);
    expect(matchesIfMatch('w/"abc-123"', etag)).toBe(false);
    expect(matchesIfMatch('', etag)).toBe(false);
  });
});
