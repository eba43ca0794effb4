import { slugify } from '../parse/names.js';

/**
 * The race a contest belongs to: `{year}-{party}`, the party as contest ids write it (`2004-democratic`).
 * The parser sets `raceId`; a contest built without one gets it from its year and party.
 */
export function raceIdOf(contest: { year: number; party: string; raceId?: string | undefined }): string {
  return contest.raceId ?? `${contest.year}-${slugify(contest.party)}`;
}

/** The year a race id names. */
export function raceYear(raceId: string): number {
  return Number(raceId.slice(0, 4));
}

/** How a race is named: `2004 Democratic presidential nomination`. */
export function raceName(year: number, party: string): string {
  return `${year} ${party} presidential nomination`;
}
