import type { ContestType } from '../schema/contest.js';
import { slugify } from './names.js';
import { findState } from './states.js';
import { wordsOf } from './white-space.js';
import { yearMentions } from './years.js';

export interface TitleFacts {
  year: number;
  state: string;
  stateCode: string;
  party: string;
  type: ContestType;
}

export type TitleResult = { ok: true; facts: TitleFacts } | { ok: false; reason: string };

// Words a contest title uses besides its year, state, party and type.
const FILLER = new Set([
  'presidential',
  'president',
  'nominating',
  'nomination',
  'preference',
  'contest',
  'contests',
  'election',
  'elections',
  'statewide',
  'state',
  'in',
  'the',
  'of',
  'and',
  'for',
  'us',
  'u.s.',
  'united',
  'states',
  'party',
  "party's",
  'party’s',
  'runoff',
]);
const TYPE_WORD = /\b(caucus(?:es)?|primar(?:y|ies))\b/i;
const TYPE_WORDS: ReadonlySet<string> = new Set(['caucus', 'caucuses', 'primary', 'primaries']);

/** The marks a title's words are split at besides white space. */
const isTitleMark = (code: number) =>
  code === 0x28 || code === 0x29 || code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3d;

/** The text with every character inside one of the spans made a space. */
function blankOut(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(a, at);
    if (b <= from) continue;
    out += text.slice(at, from) + ' '.repeat(b - from);
    at = b;
  }
  return out + text.slice(at);
}

/**
 * Reads what a contest title says: `2004 North Dakota Democratic presidential caucuses` gives
 * year 2004, North Dakota (ND), party Democratic, type caucus. Works from the words, in any order.
 */
export function readTitle(title: string): TitleResult {
  const mentions = yearMentions(title);
  const year = mentions[0];
  if (!year) return { ok: false, reason: 'expected a four-digit year' };
  const years = mentions.length === 1 ? null : new Set(mentions.map((m) => m.year));
  if (years !== null && years.size > 1)
    return {
      ok: false,
      reason: `it names ${years.size} years (${[...years].join(', ')}) where one contest has one`,
    };
  const type = TYPE_WORD.exec(title);
  if (!type) return { ok: false, reason: 'expected "caucus", "caucuses", "primary" or "primaries"' };
  const state = findState(title);
  if (!state) return { ok: false, reason: 'expected the name of a US state or territory' };
  const another = findState(blankOut(title, [[state.index, state.index + state.length]]));
  if (another && another.code !== state.code)
    return {
      ok: false,
      reason: `it names two states (${state.name} and ${another.name}) where one contest has one`,
    };
  const spans = [
    [year.index, year.index + 4],
    [state.index, state.index + state.length],
  ] as const;
  // Words between white space and `(),:;=`: what making those marks spaces and splitting at /\s+/ gives.
  const words = wordsOf(blankOut(title, spans).replace(TYPE_WORD, ' '), isTitleMark).filter((w) => {
    // Lower case changes only Kelvin's K, outside ASCII, into a letter of ASCII, and no type word has a
    // k: comparing the lower-case word is what /^(?:caucus(?:es)?|primar(?:y|ies))$/i asks.
    const lower = w.toLowerCase();
    return !FILLER.has(lower) && !TYPE_WORDS.has(lower);
  });
  if (words.length === 0)
    return { ok: false, reason: 'expected a party name, such as "Democratic" or "Republican"' };
  const party = words.join(' ');
  if (slugify(party) === '')
    return { ok: false, reason: 'expected a party name, such as "Democratic" or "Republican"' };
  const kind: ContestType = (type[1] as string).toLowerCase().startsWith('caucus') ? 'caucus' : 'primary';
  return {
    ok: true,
    facts: { year: Number(year.year), state: state.name, stateCode: state.code, party, type: kind },
  };
}
