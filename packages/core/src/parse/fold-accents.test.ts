import fc from 'fast-check';
import { expect, test } from 'vitest';
import { foldNfd, foldNfkd } from './fold-accents.js';

const byNfkd = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const byNfd = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

test('each character up to U+03FF folds as normalisation folds it', () => {
  for (let code = 0; code < 0x400; code++) {
    const char = String.fromCharCode(code);
    expect(foldNfkd(char), `U+${code.toString(16)}`).toBe(byNfkd(char));
    expect(foldNfd(char), `U+${code.toString(16)}`).toBe(byNfd(char));
  }
});

test('a text folds as normalisation folds it, combining marks and all', () => {
  const char = fc.oneof(
    fc.constantFrom(
      'a',
      'E',
      ' ',
      '-',
      'é',
      'ñ',
      'Ø',
      'ß',
      'ǅ',
      'ĳ',
      '¼',
      '\u0301',
      '\u0308',
      '\u0327',
      '\u0483',
      'ﬁ',
      '한',
    ),
    fc.integer({ min: 0, max: 0x3ff }).map((code) => String.fromCharCode(code)),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
      const text = chars.join('');
      expect(foldNfkd(text)).toBe(byNfkd(text));
      expect(foldNfd(text)).toBe(byNfd(text));
    }),
    { numRuns: 5000 },
  );
});
