import { isWhiteSpace } from '../parse/white-space.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'u.s',
  'd.c',
  'inc',
  'approx',
]);

/** The run of non-space characters ending at `end`, not reaching back before `start`. */
function wordBefore(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !isWhiteSpace(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end);
}

const OPENS_SENTENCE = /[\p{Lu}"“(]/u;
const UPPER = /^\p{Lu}$/u;

/** Whether a code unit can start a sentence: an upper-case letter, a quote or a parenthesis. */
function opensSentence(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || code === 0x22 || code === 0x28;
  return OPENS_SENTENCE.test(String.fromCharCode(code));
}

/** A single upper-case letter (an initial): `A`, or one such code point outside ASCII. */
function isInitial(word: string): boolean {
  if (word.length === 1 && word.charCodeAt(0) < 0x80) return word >= 'A' && word <= 'Z';
  return word.length <= 2 && UPPER.test(word);
}

/**
 * Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital letter,
 * except after a common abbreviation (`Gen.`, `U.S.`) or a single initial (`George A. Sinner`).
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const at = match.index + match[0].length;
    if (at >= text.length || !opensSentence(text.charCodeAt(at))) continue;
    if (text.charCodeAt(match.index) === 0x2e) {
      const before = wordBefore(text, start, match.index);
      if (isInitial(before) || ABBREVIATIONS.has(before.toLowerCase().replace(/^[("“]+/, ''))) continue;
    }
    sentences.push(text.slice(start, match.index + 1).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest.length > 0) sentences.push(rest);
  return sentences;
}
