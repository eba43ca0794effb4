import fc from 'fast-check';
import { expect, test } from 'vitest';
import { firstNonSpace, isBlank, isWhiteSpace, lastNonSpace, trimmed, wordsOf } from './white-space.js';

test('white space is what \\s matches and trim removes, for every UTF-16 code unit', () => {
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(char));
    expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(char.trim() === '');
  }
});

test('trims as trim, trimStart and trimEnd do', () => {
  const spaces = fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    '\u2028',
    '\u3000',
    '\ufeff',
    '\u200b',
    'a',
    '|',
  );
  fc.assert(
    fc.property(fc.array(spaces, { maxLength: 12 }), (chars) => {
      const text = chars.join('');
      expect(trimmed(text)).toBe(text.trim());
      expect(isBlank(text)).toBe(text.trim() === '');
      expect(text.slice(firstNonSpace(text))).toBe(text.trimStart());
      expect(text.slice(0, lastNonSpace(text))).toBe(text.trimEnd());
      expect(wordsOf(text)).toEqual(text.split(/\s+/).filter((w) => w !== ''));
      expect(wordsOf(text, (c) => c === 0x7c)).toEqual(
        text
          .replace(/\|/g, ' ')
          .split(/\s+/)
          .filter((w) => w !== ''),
      );
    }),
    { numRuns: 2000 },
  );
});
