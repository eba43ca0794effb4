import { STATES } from '../parse/states.js';

/**
 * The places that hold presidential nominating contests, by the names documents use for them: the
 * parser's states and territories, and the party units abroad, which prose names beside them.
 */
export const PLACES: readonly (readonly [string, string])[] = [
  ...STATES,
  ['Democrats Abroad', 'DA'],
  ['Republicans Abroad', 'RA'],
];

const LONGEST_FIRST = [...PLACES].sort((a, b) => b[0].length - a[0].length);

/** Each name with its rank in LONGEST_FIRST, by its first letter (every name starts with A to Z). */
const BY_INITIAL: { name: string; code: string; rank: number }[][] = Array.from({ length: 26 }, () => []);
LONGEST_FIRST.forEach(([name, code], rank) => {
  BY_INITIAL[name.charCodeAt(0) - 0x41]?.push({ name, code, rank });
});

export interface PlaceMention {
  name: string;
  code: string;
  index: number;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether the code unit at `at` is a letter or digit (false past either end of the text). */
function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? true : code >= 0x30 && code <= 0x39;
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

/**
 * Every place named in a text, longest names first so `West Virginia` is not also read as `Virginia`,
 * in the order they appear.
 */
export function placesIn(text: string): PlaceMention[] {
  // One scan finds every name standing at the start of a word; then, longest name first, each is kept
  // unless it ends inside a word or overlaps a name kept before.
  const standing: { name: string; code: string; rank: number; index: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const initial = text.charCodeAt(index);
    if (initial < 0x41 || initial > 0x5a) continue;
    const names = BY_INITIAL[initial - 0x41] ?? [];
    if (names.length === 0 || isWordChar(text, index - 1)) continue;
    for (const place of names) {
      if (text.startsWith(place.name, index))
        standing.push({ name: place.name, code: place.code, rank: place.rank, index });
    }
  }
  if (standing.length === 0) return [];
  if (standing.length > 1) standing.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const found: PlaceMention[] = [];
  for (const { name, code, index } of standing) {
    const end = index + name.length;
    if (isWordChar(text, end)) continue;
    if (found.some((place) => index < place.index + place.name.length && place.index < end)) continue;
    found.push({ name, code, index });
  }
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}
