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

/** What one scan of a text tells: whether it holds a digit, and whether it is all ASCII. */
function scan(text: string): { digit: boolean; ascii: boolean } {
  let digit = false;
  let ascii = true;
  for (let i = 0; i < text.length && (ascii || !digit); i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digit = true;
    else if (code > 0x7f) ascii = false;
  }
  return { digit, ascii };
}

// The digit and ASCII scan comes first: most infobox values have no digit, and the word tests need ASCII.

/** False when a text states no percent, vote count or delegate count. */
export function mayStateFigures(text: string): boolean {
  const { digit, ascii } = scan(text);
  return digit && (!ascii || FIGURE_WORDS.test(text));
}

/** False when a text states no threshold percent. */
export function mayStateThreshold(text: string): boolean {
  const { digit, ascii } = scan(text);
  return digit && (!ascii || (PERCENT_WORDS.test(text) && THRESHOLD_WORDS.test(text)));
}
