/** The white space of `\s` outside ASCII (what `trim` removes too). */
export function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A code unit `\s` matches and `trim` removes: ASCII tab to CR and space, and the wide spaces. */
export function isWhiteSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0xa0 && isWideSpace(code));
}

/** Where `text.trimStart()` would start: the index of the first code unit that is not white space. */
export function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where `text.trimEnd()` would end: one past the last code unit that is not white space. */
export function lastNonSpace(text: string): number {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `text.trim() === ''`, without building the trimmed copy. */
export function isBlank(text: string): boolean {
  return firstNonSpace(text) === text.length;
}

/** `text.trim()`, without a copy when there is nothing to trim. */
export function trimmed(text: string): string {
  const start = firstNonSpace(text);
  if (start === text.length) return '';
  const end = lastNonSpace(text);
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The runs of non-white-space characters of a text: `text.split(/\s+/)` without its blank pieces; with
 * `alsoBetween`, the code units it accepts separate words too (as if made spaces first).
 */
export function wordsOf(text: string, alsoBetween?: (code: number) => boolean): string[] {
  const words: string[] = [];
  const between = (code: number) => isWhiteSpace(code) || alsoBetween?.(code) === true;
  let at = 0;
  while (at < text.length) {
    if (between(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && !between(text.charCodeAt(at))) at++;
    words.push(text.slice(start, at));
  }
  return words;
}
