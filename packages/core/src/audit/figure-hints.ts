/**
 * Cheap tests that a text cannot state a figure, so the audit tokenizes only the few sentences that
 * may. Each is a necessary condition of `findFigures`: a figure starts at a digit, then a percent
 * needs `%` or a word folding to `percent`, `pct` or `per`; votes need `vote(s)` or `ballot(s)`;
 * delegates need `delegate(s)`. In ASCII text those words keep their letters, in some case; other
 * text may fold into them, so it always passes.
 */

import { includesFolded } from '../parse/folded-search.js';

const FIGURE_WORDS = /%|per|pct|vote|ballot|delegate/i;
const PERCENT_WORDS = /%|per|pct/i;
// A threshold percent has a threshold word near it, or an at-least bound (`more than`, `at least`, `over`, `above`).
const THRESHOLD_WORDS = /threshold|viab|cut-?off|minimum|more|least|over|above/i;

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// A digit first (most infobox values have none), then the words, and only when they are missing
// whether the text is all ASCII (the word tests need it).

/** Below this length a text is searched word by word (`includesFolded`); a pattern costs more to call. */
const SHORT = 64;

const anyOf = (text: string, words: readonly string[]) => words.some((word) => includesFolded(text, word));
const PERCENT_LIST = ['%', 'per', 'pct'];
const FIGURE_LIST = [...PERCENT_LIST, 'vote', 'ballot', 'delegate'];
const THRESHOLD_LIST = [
  'threshold',
  'viab',
  'cut-off',
  'cutoff',
  'minimum',
  'more',
  'least',
  'over',
  'above',
];

const figureWords = (text: string) =>
  text.length < SHORT ? anyOf(text, FIGURE_LIST) : FIGURE_WORDS.test(text);
const percentWords = (text: string) =>
  text.length < SHORT ? anyOf(text, PERCENT_LIST) : PERCENT_WORDS.test(text);
const thresholdWords = (text: string) =>
  text.length < SHORT ? anyOf(text, THRESHOLD_LIST) : THRESHOLD_WORDS.test(text);

/** False when a text states no percent, vote count or delegate count. */
export function mayStateFigures(text: string): boolean {
  return hasDigit(text) && (figureWords(text) || !isAscii(text));
}

/** False when a text states no threshold percent. */
export function mayStateThreshold(text: string): boolean {
  return hasDigit(text) && ((percentWords(text) && thresholdWords(text)) || !isAscii(text));
}
