/**
 * Cheap tests that a text cannot state a figure, so the audit tokenizes only the few sentences that
 * may. Each is a necessary condition of `findFigures`: a figure starts at a digit, then a percent
 * needs `%` or a word folding to `percent`, `pct` or `per`; votes need `vote(s)` or `ballot(s)`;
 * delegates need `delegate(s)`. In ASCII text those words keep their letters, in some case; other
 * text may fold into them, so it always passes.
 */

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

/** False when a text states no percent, vote count or delegate count. */
export function mayStateFigures(text: string): boolean {
  return hasDigit(text) && (FIGURE_WORDS.test(text) || !isAscii(text));
}

/** False when a text states no threshold percent. */
export function mayStateThreshold(text: string): boolean {
  return hasDigit(text) && ((PERCENT_WORDS.test(text) && THRESHOLD_WORDS.test(text)) || !isAscii(text));
}
