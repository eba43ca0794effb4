import { placesIn } from '../audit/state-names.js';
import { partiesIn, partyIn } from './parties.js';
import type { TitleFacts } from './title.js';
import { otherYear } from './years.js';

/**
 * What puts a table below the state: a breakdown (`by county`, `results by congressional district`),
 * a named or numbered unit (`Polk County`, `Orleans Parish`, `District 3`, `Ward 5`, `2nd district`),
 * or a district of a legislature or Congress. A unit word alone is not enough: `Precinct caucus results`
 * are the state's, added up from its precincts.
 */
const PART_OF_STATE: readonly RegExp[] = [
  /\b(?:by|per|each|every|individual|selected) (?:count(?:y|ies)|parish(?:es)?|districts?|precincts?|wards?|cit(?:y|ies)|towns?|townships?|boroughs?|municipalit(?:y|ies)|regions?)\b/i,
  /\b(?:county|parish|district|precinct|ward|city|town)[- ]by[- ](?:county|parish|district|precinct|ward|city|town)\b/i,
  /\b(?:congressional|legislative|senate|assembly|house) districts?\b/i,
  /\b(?:district|ward|precinct|cd|region) ?(?:no\.? ?)?\d+\b/i,
  /\b\d+(?:st|nd|rd|th) (?:congressional )?(?:district|ward|precinct)\b/i,
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|Parish|Borough|Township|City)\b/,
  /\b(?:[Cc]ity|[Tt]own|[Cc]ounty|[Pp]arish|[Bb]orough) of [A-Z]/,
  /\bCDs?\b/,
  /\b(?:county|parish|district|precinct|ward|city|town|municipal)(?:[- ]level)? (?:results|breakdown|totals|returns|tallies)\b/i,
  /^\s*(?:counties|parishes|districts|precincts|wards|cities|towns|municipalities|regions)\s*$/i,
];

const UNIT_IN_NAME = /\b(?:district|city|county)\b/i;

/**
 * A word every pattern of PART_OF_STATE needs, matched the same way (case-insensitively, without the
 * `u` flag, which a case-sensitive pattern's words also meet): a text without any is no part of the
 * state, and most headings and captions have none.
 */
const PART_WORD = /count|parish|district|precinct|ward|cit|town|borough|municipal|region|cd/i;

/**
 * Why a text (a table's caption or title row, or a heading above it) puts the table outside the contest
 * the title names, in words: another year, a part of a state, another state, or another party; null
 * when it does not. Places whose names hold a unit word are taken out before the part-of-state words are
 * looked for, so `District of Columbia` is a place, not a district.
 */
export function outOfScope(text: string, title: TitleFacts): string | null {
  const year = otherYear(text, title.year);
  if (year !== null) return `another year (${year})`;
  const places = placesIn(text);
  // A place whose own name holds a unit word (`District of Columbia`) is blanked out first; other places
  // stay, so `Polk County`, `Iowa City` or `Kansas City` read as a part of a state, not as a state.
  let rest = text;
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k] as (typeof places)[number];
    if (!UNIT_IN_NAME.test(p.name)) continue;
    rest = rest.slice(0, p.index) + ' '.repeat(p.name.length) + rest.slice(p.index + p.name.length);
  }
  if (PART_WORD.test(rest)) {
    for (const pattern of PART_OF_STATE) {
      const part = pattern.exec(rest);
      if (part) return `a part of the state ("${part[0]}")`;
    }
  }
  const other = places.find((p) => p.code !== title.stateCode);
  if (other) return `another state (${other.name})`;
  const party = partyIn(title.party);
  const named = partiesIn(text);
  if (party !== null && named.length > 0 && !named.includes(party)) return `another party (${named[0]})`;
  return null;
}
