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
const BY_NAME = new Map(STATES.map(([name, code]) => [name.toLowerCase(), code]));

export interface StateMatch {
  name: string;
  code: string;
  index: number;
  length: number;
}

/** The first state or territory named in a text, with where it stands. */
export function findState(text: string): StateMatch | null {
  const m = STATE_PATTERN.exec(text);
  if (!m) return null;
  const matched = m[1] as string;
  const code = BY_NAME.get(matched.toLowerCase()) as string;
  return { name: STATE_NAMES.get(code) as string, code, index: m.index, length: matched.length };
}
