import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../parse/fixtures/text.js';
import { type Token, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('reads numbers with commas and decimals, and drops a sentence-ending stop from a number', () => {
    const tokens = tokenize("Kerry's 5,366 votes (50.82%) led 2004.");
    expect(tokens.map(({ kind, folded, value }) => [kind, folded, value])).toEqual([
      ['word', 'kerry', null],
      ['number', '5,366', 5366],
      ['word', 'votes', null],
      ['mark', '(', null],
      ['number', '50.82', 50.82],
      ['mark', '%', null],
      ['mark', ')', null],
      ['word', 'led', null],
      ['number', '2004', 2004],
      ['mark', '.', null],
    ]);
  });

  it('does not read badly grouped digits as a number', () => {
    expect(tokenize('84,81')[0]?.kind).toBe('word');
  });

  it('folds accents and case', () => {
    expect(tokenize('Kérry')[0]?.folded).toBe('kerry');
  });
});

/** The tokenizer the character scan replaced: one pattern, matched all along the sentence. */
function tokenizeByPattern(sentence: string): Token[] {
  const fold = (text: string) => {
    let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
    else if (s.endsWith("'") || s.endsWith('’')) s = s.slice(0, -1);
    return s;
  };
  const isWhole = (text: string) =>
    /^\d+$/.test(text) ||
    text
      .split(',')
      .every((group, i) => /^\d+$/.test(group) && (i === 0 ? group.length <= 3 : group.length === 3));
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(/[\d][\d,.]*|[\p{L}\p{M}][\p{L}\p{M}'’-]*|\S/gu)) {
    const text = match[0];
    const index = match.index;
    if (/^\d/.test(text)) {
      let length = text.length;
      while (length > 1 && (text[length - 1] === '.' || text[length - 1] === ',')) length--;
      const trimmed = text.slice(0, length);
      const isNumber = isWhole(trimmed) || /^\d+\.\d+$/.test(trimmed);
      const value = isNumber ? Number(trimmed.replace(/,/g, '')) : null;
      tokens.push({ kind: isNumber ? 'number' : 'word', text: trimmed, folded: trimmed, value, index });
      [...text.slice(length)].forEach((mark, offset) => {
        tokens.push({ kind: 'mark', text: mark, folded: mark, value: null, index: index + length + offset });
      });
    } else if (text.length > 1 || /^[\p{L}\p{M}]/u.test(text)) {
      tokens.push({ kind: 'word', text, folded: fold(text), value: null, index });
    } else {
      tokens.push({ kind: 'mark', text, folded: text, value: null, index });
    }
  }
  return tokens;
}

describe('tokenize, on any text', () => {
  it('gives the tokens the pattern it replaced gives', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ unit: 'binary', maxLength: 30 })), (sentence) => {
        expect(tokenize(sentence)).toEqual(tokenizeByPattern(sentence));
      }),
      { numRuns: 3000 },
    );
  });
});
