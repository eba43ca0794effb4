import { foldNfd } from '../parse/fold-accents.js';
import { withoutCommas } from '../parse/numbers.js';

/** A word, a number or a mark of a sentence, with its folded form for matching. */
export interface Token {
  kind: 'word' | 'number' | 'mark';
  text: string;
  /** Lower case, accents and a possessive `'s` removed. */
  folded: string;
  /** For numbers, the value; `text` keeps the digits as written, to read the stated precision. */
  value: number | null;
  /** Where the token starts in the sentence. */
  index: number;
}

// The scan below reads, character by character, what this pattern matches (the audit's hot path):
// /[\d][\d,.]*|[\p{L}\p{M}][\p{L}\p{M}'’-]*|\S/gu
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const SPACE = /^\s/;
const DECIMAL = /^\d+\.\d+$/;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
/** The ASCII white space of `\s`: tab, LF, VT, FF, CR and space. */
const isAsciiSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** `84,818` and `5366` are whole numbers; `84,81` is not. */
function isWhole(text: string): boolean {
  let group = 0;
  let first = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x2c) {
      if (!isDigit(text.charCodeAt(i))) return false;
      group++;
      continue;
    }
    if (group === 0 || (first ? group > 3 : group !== 3)) return false;
    first = false;
    group = 0;
  }
  return first || group === 3;
}

function fold(text: string): string {
  // Most words are ASCII: skip Unicode normalisation for them (the audit's hot path).
  let s = foldNfd(text).toLowerCase();
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  else if (s.endsWith("'") || s.endsWith('’')) s = s.slice(0, -1);
  return s;
}

/** The code point at `at` as a string: one or two code units. */
function codePointText(text: string, at: number): string {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return pair ? text.slice(at, at + 2) : text.charAt(at);
}

/** Where a word that starts before `from` ends: past its letters, marks, apostrophes and hyphens. */
function wordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      if (!isAsciiLetter(code) && code !== 0x27 && code !== 0x2d) return at;
      at++;
    } else if (code === 0x2019) {
      at++;
    } else {
      const char = codePointText(text, at);
      if (!LETTER_OR_MARK.test(char)) return at;
      at += char.length;
    }
  }
  return at;
}

function pushNumber(tokens: Token[], text: string, index: number): void {
  let length = text.length;
  while (length > 1 && (text[length - 1] === '.' || text[length - 1] === ',')) length--;
  const trimmed = text.slice(0, length);
  const isNumber = isWhole(trimmed) || DECIMAL.test(trimmed);
  const value = isNumber ? Number(withoutCommas(trimmed)) : null;
  tokens.push({ kind: isNumber ? 'number' : 'word', text: trimmed, folded: trimmed, value, index });
  for (let at = length; at < text.length; at++) {
    const mark = text.charAt(at);
    tokens.push({ kind: 'mark', text: mark, folded: mark, value: null, index: index + at });
  }
}

/** Splits a sentence into words, numbers (`84,818`, `50.82`) and marks (`%`, `(`, `,`). */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < sentence.length) {
    const code = sentence.charCodeAt(at);
    if (isDigit(code)) {
      let end = at + 1;
      for (let c = sentence.charCodeAt(end); isDigit(c) || c === 0x2c || c === 0x2e; ) {
        c = sentence.charCodeAt(++end);
      }
      pushNumber(tokens, sentence.slice(at, end), at);
      at = end;
      continue;
    }
    if (code < 0x80) {
      if (isAsciiSpace(code)) {
        at++;
      } else if (isAsciiLetter(code)) {
        const end = wordEnd(sentence, at + 1);
        const text = sentence.slice(at, end);
        tokens.push({ kind: 'word', text, folded: fold(text), value: null, index: at });
        at = end;
      } else {
        const text = sentence.charAt(at);
        tokens.push({ kind: 'mark', text, folded: text, value: null, index: at });
        at++;
      }
      continue;
    }
    const char = codePointText(sentence, at);
    if (SPACE.test(char)) {
      at += char.length;
      continue;
    }
    const end = LETTER_OR_MARK.test(char) ? wordEnd(sentence, at + char.length) : at + char.length;
    const text = sentence.slice(at, end);
    // As `\S` reads it, a character outside the BMP is two code units: a word, not a mark.
    if (text.length > 1 || LETTER_OR_MARK.test(text))
      tokens.push({ kind: 'word', text, folded: fold(text), value: null, index: at });
    else tokens.push({ kind: 'mark', text, folded: text, value: null, index: at });
    at = end;
  }
  return tokens;
}
