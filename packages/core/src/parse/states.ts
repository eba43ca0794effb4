/** The states, the District of Columbia and the territories that hold nominating contests, with USPS codes. */
export const STATES: ReadonlyArray<readonly [name: string, code: string]> = [
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Arkansas', 'AR'],
  ['California', 'CA'],
  ['Colorado', 'CO'],
  ['Connecticut', 'CT'],
  ['Delaware', 'DE'],
  ['Florida', 'FL'],
  ['Georgia', 'GA'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL'],
  ['Indiana', 'IN'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS'],
  ['Kentucky', 'KY'],
  ['Louisiana', 'LA'],
  ['Maine', 'ME'],
  ['Maryland', 'MD'],
  ['Massachusetts', 'MA'],
  ['Michigan', 'MI'],
  ['Minnesota', 'MN'],
  ['Mississippi', 'MS'],
  ['Missouri', 'MO'],
  ['Montana', 'MT'],
  ['Nebraska', 'NE'],
  ['Nevada', 'NV'],
  ['New Hampshire', 'NH'],
  ['New Jersey', 'NJ'],
  ['New Mexico', 'NM'],
  ['New York', 'NY'],
  ['North Carolina', 'NC'],
  ['North Dakota', 'ND'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK'],
  ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'],
  ['Rhode Island', 'RI'],
  ['South Carolina', 'SC'],
  ['South Dakota', 'SD'],
  ['Tennessee', 'TN'],
  ['Texas', 'TX'],
  ['Utah', 'UT'],
  ['Vermont', 'VT'],
  ['Virginia', 'VA'],
  ['Washington', 'WA'],
  ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'],
  ['Wyoming', 'WY'],
  ['District of Columbia', 'DC'],
  ['Washington, D.C.', 'DC'],
  ['Washington D.C.', 'DC'],
  ['American Samoa', 'AS'],
  ['Guam', 'GU'],
  ['Northern Mariana Islands', 'MP'],
  ['Puerto Rico', 'PR'],
  ['U.S. Virgin Islands', 'VI'],
  ['United States Virgin Islands', 'VI'],
  ['Virgin Islands', 'VI'],
];

/** Canonical display name for each code (the first name listed for it). */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  [...STATES].reverse().map(([name, code]) => [code, name] as const),
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so "West Virginia" wins over "Virginia" and "Washington, D.C." over "Washington".
export const STATE_PATTERN = new RegExp(
  `(?<![A-Za-z])(${[...STATES]
    .map(([name]) => name)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![A-Za-z])`,
  'i',
);

export interface StateMatch {
  name: string;
  code: string;
  index: number;
  length: number;
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The names in lower case by their first letter, longest first (the order of STATE_PATTERN's
 * alternatives, so at one place the same name wins).
 */
const BY_INITIAL: ReadonlyMap<number, readonly { lower: string; code: string }[]> = (() => {
  const out = new Map<number, { lower: string; code: string }[]>();
  for (const [name, code] of [...STATES].sort((a, b) => b[0].length - a[0].length)) {
    const lower = name.toLowerCase();
    const list = out.get(lower.charCodeAt(0)) ?? [];
    list.push({ lower, code });
    out.set(lower.charCodeAt(0), list);
  }
  return out;
})();

/** Whether `lower` (ASCII) stands at `at`, letters in any case, as the `i` flag without `u` matches. */
function standsAt(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const want = lower.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    if (got !== want && !(isAsciiLetter(want) && (got | 0x20) === want && isAsciiLetter(got))) return false;
  }
  return true;
}

/**
 * The first state or territory named in a text, with where it stands: the first match of
 * STATE_PATTERN, found by one scan of the text's word starts instead of the pattern's alternatives
 * at every place.
 */
export function findState(text: string): StateMatch | null {
  for (let at = 0; at < text.length; at++) {
    const initial = text.charCodeAt(at);
    if (!isAsciiLetter(initial) || (at > 0 && isAsciiLetter(text.charCodeAt(at - 1)))) continue;
    const names = BY_INITIAL.get(initial | 0x20);
    if (names === undefined) continue;
    for (const { lower, code } of names) {
      if (!standsAt(text, at, lower) || isAsciiLetter(text.charCodeAt(at + lower.length))) continue;
      return { name: STATE_NAMES.get(code) as string, code, index: at, length: lower.length };
    }
  }
  return null;
}
