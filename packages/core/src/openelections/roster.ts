import { slugify } from '../parse/names.js';
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
  /** `article`: its id wins for every name; `csv`: it completes names given by initials, or with middle names. */
  from: 'article' | 'csv';
}

interface Known {
  entry: RosterEntry;
  name: PersonName;
  /** The id the person goes by in the roster (see `buildRoster`). */
  id: string;
}

/** The roster read once, for the matches of one contest (a year and a party). */
export interface Roster {
  match(name: PersonName, year: number, party: string): RosterEntry | null;
}

const lastOf = (name: PersonName) => name.surname[name.surname.length - 1] ?? '';
/** `hillary-clinton` for Hillary Rodham Clinton: given name and last surname word only. */
const shortIdOf = (name: PersonName) => slugify(`${name.given} ${lastOf(name)}`);

/** The single person a test keeps, or null for none or several people. */
function single(entries: readonly Known[]): RosterEntry | null {
  const ids = new Set(entries.map((k) => k.id));
  const first = entries[0];
  return ids.size === 1 && first ? { ...first.entry, candidateId: first.id } : null;
}

/**
 * Matches a name to the roster, most certain first: the same id; the same surname and given name; the
 * same surname and initial (for a name given by initials); in the same year and party, the only candidate of
 * that surname, or of that given name with a surname one or two letters off (`Guiliani`). A full name matches
 * `article` entries only, except that it takes another CSV's shorter form of itself (`Hillary Rodham Clinton`,
 * where another file writes `Hillary Clinton`); a name given by initials matches any entry. Entries that are one
 * person by given name and last surname (`Hillary Clinton`, `Hillary Rodham Clinton`) go by the shorter id
 * where a source gives it.
 */
export function buildRoster(entries: readonly RosterEntry[]): Roster {
  const read: { entry: RosterEntry; name: PersonName }[] = [];
  for (const entry of entries) {
    const name = readPersonName(entry.candidate);
    if (name && !name.initialsOnly) read.push({ entry, name });
  }
  const ids = new Set(read.map((r) => r.entry.candidateId));
  const known: Known[] = read.map(({ entry, name }) => {
    const short = shortIdOf(name);
    // Articles' ids are kept as given; a CSV's long form goes by its short form where some source has it.
    return { entry, name, id: entry.from === 'csv' && ids.has(short) ? short : entry.candidateId };
  });
  return {
    match(name, year, party) {
      const articles = known.filter((k) => k.entry.from === 'article');
      const pool = name.initialsOnly ? known : articles;
      const same = pool.find((k) => k.entry.candidateId === name.id);
      if (same) return { ...same.entry, candidateId: same.id };
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
      if (name.initialsOnly) return null;
      if (last.length >= 5) {
        const near = single(
          race.filter((k) => k.name.given === name.given && editDistance(lastOf(k.name), last, 2) <= 2),
        );
        if (near) return near;
      }
      const short = shortIdOf(name);
      const shorter = short !== name.id ? known.find((k) => k.id === short) : undefined;
      return shorter ? { ...shorter.entry, candidateId: shorter.id } : null;
    },
  };
}
