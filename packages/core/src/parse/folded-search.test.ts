import fc from 'fast-check';
import { expect, test } from 'vitest';
import { endsWithFolded, includesFolded } from './folded-search.js';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('finds a word as a case-insensitive pattern without the u flag does', () => {
  const char = fc.constantFrom('d', 'D', 'a', 'A', 't', 'e', 'E', ' ', '%', '-', 'ſ', 'K', 'İ', 'é', 'x');
  const needles = ['date', 'delegate', 'votes for election', 'seats', 'name', '%', 'pct', 'per', 'e', 'a d'];
  fc.assert(
    fc.property(fc.array(char, { maxLength: 14 }), fc.constantFrom(...needles), (chars, needle) => {
      const text = chars.join('');
      expect(includesFolded(text, needle)).toBe(new RegExp(escaped(needle), 'i').test(text));
      expect(endsWithFolded(text, needle)).toBe(new RegExp(`${escaped(needle)}$`, 'i').test(text));
    }),
    { numRuns: 5000 },
  );
  expect(includesFolded('Election Date', 'date')).toBe(true);
  expect(includesFolded('Elections', 'date')).toBe(false);
});
