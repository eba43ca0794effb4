/**
 * Case-insensitive search for ASCII words without a pattern: `includesFolded(text, 'date')` is what
 * `/date/i.test(text)` gives. Without the `u` flag, `i` matches an ASCII letter only with itself in
 * either case (no character outside ASCII folds to one), and every other character only with itself.
 * For the short texts the parser asks about (infobox keys and values), a scan costs less than a call
 * to a pattern.
 */

const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/** Whether `needle` (lower-case ASCII) stands in `text` at `at`, its letters in either case. */
export function standsFolded(text: string, at: number, needle: string): boolean {
  if (at < 0 || at + needle.length > text.length) return false;
  for (let k = 0; k < needle.length; k++) {
    const want = needle.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    if (got !== want && !(isLetter(want) && got === want - 0x20)) return false;
  }
  return true;
}

/** Whether `needle` (lower-case ASCII) stands anywhere in `text`, its letters in either case. */
export function includesFolded(text: string, needle: string): boolean {
  const last = text.length - needle.length;
  const first = needle.charCodeAt(0);
  const upper = isLetter(first) ? first - 0x20 : first;
  for (let at = 0; at <= last; at++) {
    const code = text.charCodeAt(at);
    if ((code === first || code === upper) && standsFolded(text, at, needle)) return true;
  }
  return false;
}

/** Whether `text` ends with `needle` (lower-case ASCII), its letters in either case. */
export function endsWithFolded(text: string, needle: string): boolean {
  return standsFolded(text, text.length - needle.length, needle);
}
