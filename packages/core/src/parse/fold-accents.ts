/**
 * Accents folded without Unicode normalisation for the Latin letters names are mostly written with.
 * Each table holds, for every code unit from U+0080 to U+02FF, what the fold gives for that character
 * alone, computed here by `normalize` itself; a character whose decomposition holds anything from
 * U+0370 on is left out, and a text with such a character (or any other past U+02FF, combining marks
 * included) is folded by `normalize`. Below U+0300 every character is a starter (combining class 0)
 * and U+0300 to U+036F are the marks both folds remove, so canonical reordering moves only marks that
 * go: a text of ASCII and table characters folds character by character to what the whole-text
 * normalisation gives. `fold-accents.test.ts` checks both folds against `normalize` on every character
 * and on random texts.
 */

const FIRST = 0x80;
const END = 0x300;

function table(fold: (char: string) => string, form: 'NFD' | 'NFKD'): (string | null)[] {
  const out: (string | null)[] = [];
  for (let code = FIRST; code < END; code++) {
    const char = String.fromCharCode(code);
    const decomposed = char.normalize(form);
    let local = true;
    for (let i = 0; i < decomposed.length; i++) if (decomposed.charCodeAt(i) >= 0x370) local = false;
    out.push(local ? fold(char) : null);
  }
  return out;
}

const byNfkd = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const byNfd = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

// Built on first use: a Worker that never folds an accent does not pay for them at start-up.
let nfkdTable: (string | null)[] | null = null;
let nfdTable: (string | null)[] | null = null;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST) return false;
  return true;
}

function foldWith(text: string, folds: readonly (string | null)[], whole: (text: string) => string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST) continue;
    const folded = code < END ? folds[code - FIRST] : null;
    if (folded === null || folded === undefined) return whole(text);
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')`: compatibility forms and accents folded. */
export function foldNfkd(text: string): string {
  if (isAscii(text)) return text;
  nfkdTable ??= table(byNfkd, 'NFKD');
  return foldWith(text, nfkdTable, byNfkd);
}

/** `text.normalize('NFD').replace(/\p{M}/gu, '')`: accents and every other combining mark removed. */
export function foldNfd(text: string): string {
  if (isAscii(text)) return text;
  nfdTable ??= table(byNfd, 'NFD');
  return foldWith(text, nfdTable, byNfd);
}
