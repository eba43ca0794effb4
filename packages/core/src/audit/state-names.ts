/** The places that hold presidential nominating contests, by the names documents use for them. */
export const PLACES: readonly (readonly [string, string])[] = [
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Arkansas', 'AR'],
  ['California', 'CA'],
  ['Colorado', 'CO'],
  ['Connecticut', 'CT'],
  ['Delaware', 'DE'],
  ['District of Columbia', 'DC'],
  ['Washington, D.C.', 'DC'],
  ['Washington D.C.', 'DC'],
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
  ['American Samoa', 'AS'],
  ['Guam', 'GU'],
  ['Northern Mariana Islands', 'MP'],
  ['Puerto Rico', 'PR'],
  ['U.S. Virgin Islands', 'VI'],
  ['Virgin Islands', 'VI'],
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

function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? true : code >= 0x30 && code <= 0x39;
  return /[\p{L}\p{N}]/u.test(char);
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
    if (names.length === 0 || isWordChar(text[index - 1])) continue;
    for (const place of names) {
      if (text.startsWith(place.name, index)) standing.push({ ...place, index });
    }
  }
  standing.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const found: PlaceMention[] = [];
  for (const { name, code, index } of standing) {
    const end = index + name.length;
    if (isWordChar(text[end])) continue;
    if (found.some((place) => index < place.index + place.name.length && place.index < end)) continue;
    found.push({ name, code, index });
  }
  return found.sort((a, b) => a.index - b.index);
}
