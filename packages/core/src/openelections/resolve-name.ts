import { slugify } from '../parse/names.js';
import type { CandidateKind } from '../schema/contest.js';
import type { NonVoteKind } from '../schema/unit.js';
import { readPersonName, roleOf, sentenceCased, spelledAs } from './candidate-names.js';
import type { Roster } from './roster.js';

/** What a candidate cell of one contest resolves to. */
export type ResolvedName =
  | { role: 'choice'; candidate: string; candidateId: string; kind: CandidateKind; initialsOnly: boolean }
  | { role: 'total'; label: string }
  | { role: 'non-vote'; kind: NonVoteKind; label: string };

/**
 * Resolves candidate cells for one contest, each distinct cell once: pseudo-candidates by their label, people
 * by their name in any form, and through the roster to the id another source gives the same person.
 */
export function nameResolver(
  roster: Roster | null,
  year: number,
  party: string,
): (cell: string) => ResolvedName | null {
  const cache = new Map<string, ResolvedName | null>();
  return (cell) => {
    if (cache.has(cell)) return cache.get(cell) ?? null;
    let resolved: ResolvedName | null;
    const role = roleOf(cell);
    if (role.role === 'total') resolved = { role: 'total', label: cell.trim() };
    else if (role.role === 'non-vote') resolved = { role: 'non-vote', kind: role.kind, label: cell.trim() };
    else if (role.kind !== 'candidate') {
      const id = slugify(cell);
      resolved =
        id === ''
          ? null
          : {
              role: 'choice',
              candidate: sentenceCased(cell.trim()),
              candidateId: id,
              kind: role.kind,
              initialsOnly: false,
            };
    } else {
      const person = readPersonName(cell);
      if (!person) resolved = null;
      else {
        const known = roster?.match(person, year, party) ?? null;
        // A name written in capitals, or capitalised only, takes the capitals another source writes inside it.
        const spelled = known ? spelledAs(person.display, known.candidate) : null;
        resolved = {
          role: 'choice',
          candidate: spelled ?? person.display,
          candidateId: known?.candidateId ?? person.id,
          kind: 'candidate',
          initialsOnly: person.initialsOnly && known === null,
        };
      }
    }
    cache.set(cell, resolved);
    return resolved;
  };
}
