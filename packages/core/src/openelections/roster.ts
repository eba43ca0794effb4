import type { PersonName } from './candidate-names.js';
import { readPersonName } from './candidate-names.js';
import { editDistance } from './words.js';

/** A candidate another source names, whose id a CSV's names should take when they are the same person. */
export interface RosterEntry {
  candidateId: string;
  candidate: string;
  year?: number;
  /** The party's slug (`democratic`). */
  party?: string;
  /** `article`: its id wins for every name; `csv`: it only completes names given by initials. */
  from: 'article' | 'csv';
}

interface Known {
  entry: RosterEntry;
  name: PersonName;
}

/** The roster read once, for the matches of one contest (a year and a party). */
export interface Roster {
  match(name: PersonName, year: number, party: string): RosterEntry | null;
}

const lastOf = (name: PersonName) => name.surname[name.surname.length - 1] ?? '';

/** The single entry a test keeps, or null for none or several people. */
function single(entries: readonly Known[]): RosterEntry | null {
  const ids = new Set(entries.map((k) => k.entry.candidateId));
  return ids.size === 1 ? (entries[0] as Known).entry : null;
}

/**
 * Matches a name to the roster, most certain first: the same id; the same surname and given name; the
 * same surname and initial; in the same year and party, the only candidate of that surname, or of
 * that given name with a surname one or two letters off (`Guiliani`). Names given by initials are also
 * matched to `csv` entries; other names only to `article` entries.
 */
export function buildRoster(entries: readonly RosterEntry[]): Roster {
  const known: Known[] = [];
  for (const entry of entries) {
    const name = readPersonName(entry.candidate);
    if (name && !name.initialsOnly) known.push({ entry, name });
  }
  return {
    match(name, year, party) {
      const pool = known.filter((k) => name.initialsOnly || k.entry.from === 'article');
      if (pool.length === 0) return null;
      const same = pool.filter((k) => k.entry.candidateId === name.id);
      if (same.length > 0) return (same[0] as Known).entry;
      const last = lastOf(name);
      const bySurname = pool.filter((k) => lastOf(k.name) === last);
      if (!name.initialsOnly) {
        const byGiven = single(bySurname.filter((k) => k.name.given === name.given));
        if (byGiven) return byGiven;
      }
      if (name.initialsOnly && name.given !== '') {
        const byInitial = single(bySurname.filter((k) => k.name.given.charAt(0) === name.given.charAt(0)));
        if (byInitial) return byInitial;
      }
      const race = pool.filter((k) => k.entry.year === year && k.entry.party === party);
      const raceSurname = single(race.filter((k) => lastOf(k.name) === last));
      if (raceSurname) return raceSurname;
      if (!name.initialsOnly && last.length >= 5) {
        return single(
          race.filter((k) => k.name.given === name.given && editDistance(lastOf(k.name), last, 2) <= 2),
        );
      }
      return null;
    },
  };
}
