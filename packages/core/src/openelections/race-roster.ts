import { type PersonName, readPersonName } from './candidate-names.js';
import { buildRoster, type RosterEntry } from './roster.js';
import { editDistance } from './words.js';

/** A candidate name as one contest of a file gives it, read without a roster. */
export interface NameSighting {
  candidate: string;
  candidateId: string;
  year: number;
  /** The party's slug (`democratic`). */
  party: string;
}

interface Named {
  candidate: string;
  candidateId: string;
  name: PersonName;
  /** How many contests give the name. */
  seen: number;
}

const lastOf = (name: PersonName) => name.surname.at(-1) ?? '';

/** Whether `short` is `long` with letters left out, from the same first letter: Chris and Christopher, Tom and Thomas. */
function abbreviates(short: string, long: string): boolean {
  if (short === '' || short.charAt(0) !== long.charAt(0)) return false;
  let at = 0;
  for (const letter of long) if (letter === short.charAt(at)) at++;
  return at === short.length;
}

/** Two full names of one race that are one person: one surname and given names one of which shortens the other, or one given name and a surname a typo away. */
function samePerson(a: PersonName, b: PersonName): boolean {
  const lastA = lastOf(a);
  const lastB = lastOf(b);
  if (lastA === lastB) {
    return a.given.length <= b.given.length ? abbreviates(a.given, b.given) : abbreviates(b.given, a.given);
  }
  return (
    a.given === b.given &&
    a.given !== '' &&
    Math.min(lastA.length, lastB.length) >= 5 &&
    editDistance(lastA, lastB, 2) <= 2
  );
}

/** Most contests first, then the shorter id, then by id. */
function preferred(a: Named, b: Named): number {
  return (
    b.seen - a.seen ||
    a.candidateId.length - b.candidateId.length ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}

/**
 * The roster for reading OpenElections files whose names no article gives: within one race (a year and a
 * party), the names of every file that are one person (`Chris Dodd` and `Christopher J. Dodd`, `Joe Biden` and
 * `Joseph R. Biden`, `Rudy Guiliani` and `Rudy Giuliani`, a name by initials `C. Dodd` whose surname and initial
 * fit only one of them) take one id: the one most contests give. Each person gets one entry, to be passed with the articles' entries as `from: 'article'`: every
 * name then takes its person's id. Names an article's entry already matches are left to that entry.
 */
export function raceRoster(
  sightings: readonly NameSighting[],
  articles: readonly RosterEntry[],
): RosterEntry[] {
  const articleRoster = buildRoster(articles);
  const races = new Map<string, Map<string, Named>>();
  for (const sighting of sightings) {
    const name = readPersonName(sighting.candidate);
    if (!name || articleRoster.match(name, sighting.year, sighting.party) !== null) continue;
    const key = `${sighting.year}|${sighting.party}`;
    const race = races.get(key) ?? new Map<string, Named>();
    races.set(key, race);
    const known = race.get(sighting.candidateId);
    if (known) known.seen += 1;
    else race.set(sighting.candidateId, { ...sighting, name, seen: 1 });
  }
  const entries: RosterEntry[] = [];
  for (const [key, race] of [...races].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [year, party] = key.split('|') as [string, string];
    const named = [...race.values()].sort(preferred);
    const full = named.filter((n) => !n.name.initialsOnly);
    // Each full name joins the first person it is the same as (the most seen first), or starts one.
    const people: Named[][] = [];
    for (const n of full) {
      const person = people.find((p) => p.some((m) => samePerson(m.name, n.name)));
      if (person) person.push(n);
      else people.push([n]);
    }
    // A name by initials joins the one person its surname and initial fit, else stands alone.
    for (const n of named.filter((m) => m.name.initialsOnly)) {
      const fits = people.filter((p) =>
        p.some(
          (m) =>
            lastOf(m.name) === lastOf(n.name) &&
            (n.name.given === '' || m.name.given.startsWith(n.name.given)),
        ),
      );
      if (fits.length === 1) (fits[0] as Named[]).push(n);
      else people.push([n]);
    }
    for (const person of people) {
      const chosen = person[0] as Named;
      entries.push({
        candidateId: chosen.candidateId,
        candidate: chosen.candidate,
        year: Number(year),
        party,
        from: 'article',
      });
    }
  }
  return entries;
}
