// The string work of the audit's fast paths: on ASCII text, a scan replaces normalisation and patterns.

/** True when a text is all ASCII: it then has no accents to fold, and Unicode normalisation can be skipped. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isAlphanumeric = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * The runs of `a-z` and `0-9` in a text, joined by single spaces: what `.replace(/[^a-z0-9]+/g, ' ').trim()`
 * gives, in one scan.
 */
export function alphanumericWords(text: string): string {
  if (isWords(text)) return text;
  let out = '';
  let at = 0;
  while (at < text.length) {
    while (at < text.length && !isAlphanumeric(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && isAlphanumeric(text.charCodeAt(at))) at++;
    if (at > start) out = out === '' ? text.slice(start, at) : `${out} ${text.slice(start, at)}`;
  }
  return out;
}

/** True when a text is already words of `a-z` and `0-9` with single spaces between them. */
function isWords(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20)
    return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? text.charCodeAt(i + 1) === 0x20 : !isAlphanumeric(code)) return false;
  }
  return true;
}
