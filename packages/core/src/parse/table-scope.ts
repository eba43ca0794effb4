import { placesIn } from '../audit/state-names.js';
import { partiesIn, partyIn } from './parties.js';
import type { TitleFacts } from './title.js';

/** Words that put a table below the state: a county's, a district's, a city's results. */
const PART_OF_STATE =
  /\b(?:county|counties|district|districts|congressional|precincts?|wards?|parish(?:es)?|city|cities|towns?|townships?|boroughs?|municipalit(?:y|ies)|regions?|CDs?|by (?:county|district|region|city|town))\b/i;

const YEARS = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/g;

/**
 * Why a text (a table's caption or title row, or a heading above it) puts the table outside the contest
 * the title names, in words: another year, another state, another party, or a part of the state; null
 * when it does not. Names of places are taken out before the part-of-state words are looked for, so
 * `District of Columbia` is a place, not a district.
 */
export function outOfScope(text: string, title: TitleFacts): string | null {
  for (const m of text.matchAll(YEARS)) {
    if (Number(m[1]) !== title.year) return `another year (${m[1]})`;
  }
  const places = placesIn(text);
  const other = places.find((p) => p.code !== title.stateCode);
  if (other) return `another state (${other.name})`;
  const party = partyIn(title.party);
  const named = partiesIn(text);
  if (party !== null && named.length > 0 && !named.includes(party)) return `another party (${named[0]})`;
  let rest = text;
  for (const p of [...places].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, p.index) + ' '.repeat(p.name.length) + rest.slice(p.index + p.name.length);
  }
  const part = PART_OF_STATE.exec(rest);
  if (part) return `a part of the state ("${part[0]}")`;
  return null;
}
