import { slugify } from '../parse/names.js';
import { memo } from './memo.js';
import { editDistance, wordsOf } from './words.js';

/** A party as the contest names it: `Democratic`, and its slug for ids. */
export interface Party {
  name: string;
  slug: string;
}

const party = (name: string): Party => ({ name, slug: slugify(name) });
const DEMOCRATIC = party('Democratic');
const REPUBLICAN = party('Republican');
const LIBERTARIAN = party('Libertarian');
const GREEN = party('Green');

/** Party labels by their words joined with spaces, in the spellings results files use. */
const LABELS: ReadonlyMap<string, Party> = new Map([
  ...['d', 'dem', 'dems', 'democrat', 'democrats', 'democratic', 'democratic party', 'democrat party'].map(
    (label) => [label, DEMOCRATIC] as const,
  ),
  ...['r', 'rep', 'repub', 'gop', 'republican', 'republicans', 'republican party'].map(
    (label) => [label, REPUBLICAN] as const,
  ),
  ...['l', 'lib', 'lbt', 'libertarian', 'libertarian party'].map((label) => [label, LIBERTARIAN] as const),
  ...['g', 'grn', 'gre', 'green', 'green party'].map((label) => [label, GREEN] as const),
  ['green rainbow', party('Green-Rainbow')],
  ['con', party('Constitution')],
  ['constitution', party('Constitution')],
  ['ref', party('Reform')],
  ['reform', party('Reform')],
  ['aip', party('American Independent')],
  ['american independent', party('American Independent')],
  ['pf', party('Peace and Freedom')],
  ['peace and freedom', party('Peace and Freedom')],
]);

/** Full party names a typo is measured against (abbreviations are too short to tell a typo from another). */
const FULL_NAMES = [...LABELS.entries()].filter(([label]) => label.length >= 6);

/** Words of a label that say nothing about the party (`Rep. W/I`: a write-in on the Republican ballot). */
const NOISE = new Set(['w', 'i', 'wi', 'write', 'in']);

export type PartyReading =
  | { kind: 'party'; party: Party }
  | { kind: 'none' }
  | { kind: 'unknown'; label: string };

/**
 * Reads a party label: a known spelling (`DEM`, `Dem.`, `Democrat`, `D`), a full name one or two letters
 * off (`Democractic`), a label of its own (read as its own party), or nothing (a blank cell).
 */
export const readParty = memo(partyReading);

function partyReading(label: string): PartyReading {
  const words = wordsOf(label);
  if (words.length === 0) return { kind: 'none' };
  const key = words.join(' ');
  const known = LABELS.get(key) ?? LABELS.get(words.filter((word) => !NOISE.has(word)).join(' '));
  if (known) return { kind: 'party', party: known };
  if (key.length >= 6) {
    const near = FULL_NAMES.filter(([name]) => editDistance(key, name, 2) <= 2);
    const parties = new Set(near.map(([, p]) => p.name));
    if (parties.size === 1) return { kind: 'party', party: (near[0] as [string, Party])[1] };
  }
  return { kind: 'unknown', label: label.trim() };
}

/** A label of its own read as a party: its words, capitalised (`Working Families`). */
export function partyOfLabel(label: string): Party {
  const name = wordsOf(label)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return party(name === '' ? label : name);
}

/**
 * The party a label that matches no spelling is a typo of, judged against the labels the same office
 * uses in the file: one letter off (`OEM` among `DEM` rows). Null when none or several are that close.
 */
export function typoOf(label: string, known: ReadonlyMap<string, Party>): Party | null {
  const key = wordsOf(label).join(' ');
  if (key.length < 3) return null;
  const near = new Set<Party>();
  for (const [other, p] of known) {
    const otherKey = wordsOf(other).join(' ');
    if (otherKey.length >= 3 && editDistance(key, otherKey, 1) <= 1) near.add(p);
  }
  return near.size === 1 ? ([...near][0] as Party) : null;
}
