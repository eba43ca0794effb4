import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from './conditional.js';

describe('matchesIfNoneMatch', () => {
  const etag = '"abc-123"';

  it('matches the same tag', () => {
    expect(matchesIfNoneMatch('"abc-123"', etag)).toBe(true);
  });

  it('matches any tag in a list, with or without spaces', () => {
    expect(matchesIfNoneMatch('"x", "abc-123"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x","abc-123","y"', etag)).toBe(true);
  });

  it('compares weakly: a W/ prefix on either side still matches', () => {
    expect(matchesIfNoneMatch('W/"abc-123"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abc-123"', 'W/"abc-123"')).toBe(true);
  });

  it('matches * against any current representation', () => {
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch(' * ', etag)).toBe(true);
  });

  it('does not match another tag, an unquoted tag, or no field', () => {
    expect(matchesIfNoneMatch('"abc-124"', etag)).toBe(false);
    expect(matchesIfNoneMatch('abc-123', etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
