import fc from 'fast-check';
import { expect, test } from 'vitest';
import { otherYear, yearMentions } from './years.js';

const YEARS = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/g;

test('finds the years the pattern matches, where it matches them', () => {
  const char = fc.constantFrom('1', '2', '8', '9', '0', '4', ' ', 'a', '-', '١');
  fc.assert(
    fc.property(fc.array(char, { maxLength: 20 }), fc.integer({ min: 1790, max: 2210 }), (chars, year) => {
      const text = chars.join('');
      const matches = [...text.matchAll(YEARS)];
      expect(yearMentions(text)).toEqual(matches.map((m) => ({ year: m[1], index: m.index })));
      expect(otherYear(text, year)).toBe(matches.find((m) => Number(m[1]) !== year)?.[1] ?? null);
    }),
    { numRuns: 5000 },
  );
  expect(yearMentions('In 2004 (not 12004 or 20040) and 1899.')).toEqual([
    { year: '2004', index: 3 },
    { year: '1899', index: 33 },
  ]);
});
