import type { ContestFilter } from '../schema/tally.js';
import { normalizeText } from './normalize-text.js';
import { raceIdOf } from './race-id.js';

/** What a filter reads of a contest: a full Contest and a ContestSummary both have it. */
export interface Filterable {
  year: number;
  state: string;
  stateCode: string;
  party: string;
  raceId?: string | undefined;
  type: string;
  date: string | null;
}

/**
 * The items a filter selects, in their order. `race` matches the race id exactly; `state` matches the USPS code or the state name, `party`
 * the party name, both case- and accent-insensitive; `year` and `type` match exactly; `from` and `to`
 * are inclusive ISO dates, and an undated contest is left out as soon as either is given. An empty filter
 * selects everything.
 */
export function filterContests<T extends Filterable>(items: readonly T[], filter: ContestFilter = {}): T[] {
  const state = filter.state === undefined ? undefined : normalizeText(filter.state);
  const party = filter.party === undefined ? undefined : normalizeText(filter.party);
  const { race, year, type, from, to } = filter;
  return items.filter(
    (c) =>
      (race === undefined || raceIdOf(c) === race) &&
      (year === undefined || c.year === year) &&
      (state === undefined || normalizeText(c.stateCode) === state || normalizeText(c.state) === state) &&
      (party === undefined || normalizeText(c.party) === party) &&
      (type === undefined || c.type === type) &&
      (from === undefined || (c.date !== null && c.date >= from)) &&
      (to === undefined || (c.date !== null && c.date <= to)),
  );
}
