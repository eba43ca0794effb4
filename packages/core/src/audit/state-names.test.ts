import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../parse/fixtures/text.js';
import { PLACES, type PlaceMention, placesIn } from './state-names.js';

describe('placesIn', () => {
  it('reads each place once, the longest name first', () => {
    expect(
      placesIn('West Virginia, Virginia, Washington, D.C. and Kansas').map((place) => place.code),
    ).toEqual(['WV', 'VA', 'DC', 'KS']);
  });

  it('does not read a state inside a longer word', () => {
    expect(placesIn('Arkansas and Texarkana')).toEqual([{ name: 'Arkansas', code: 'AR', index: 0 }]);
  });
});

describe('placesIn, on any text', () => {
  it('finds what searching for every name in turn, longest first, finds', () => {
    const names = PLACES.map(([name]) => name);
    const codes = new Map(PLACES);
    const bySearching = (text: string) => {
      const taken: boolean[] = new Array(text.length).fill(false);
      const found: PlaceMention[] = [];
      const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
      for (const name of [...names].sort((a, b) => b.length - a.length)) {
        for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) {
          const end = index + name.length;
          if (isWordChar(text[index - 1]) || isWordChar(text[end])) continue;
          if (taken.slice(index, end).some(Boolean)) continue;
          taken.fill(true, index, end);
          found.push({ name, code: codes.get(name) ?? '', index });
        }
      }
      return found.sort((a, b) => a.index - b.index);
    };
    const text = fc
      .array(fc.constantFrom(...names, 'U.S.', 'West', 'D.C.', 'North', ' ', ',', 'x', 'é', '1', 'Islands'), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, documentText), (t) => {
        expect(placesIn(t)).toEqual(bySearching(t));
      }),
      { numRuns: 2000 },
    );
  });
});
