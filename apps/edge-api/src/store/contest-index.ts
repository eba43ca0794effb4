import type { ContestFilter, ContestSummary } from '@tally/core';
import { searchKey } from '@tally/core';

/** Contests ordered by date (undated last), then id, with posting lists for every filter field. */
export type ContestIndex = {
  /** The summaries in index order. */
  readonly ordered: readonly ContestSummary[];
  /** The summaries the filter selects, in index order; never a scan of the whole list. */
  select(filter: ContestFilter): readonly ContestSummary[];
};

function byDateThenId(a: ContestSummary, b: ContestSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function post<K>(lists: Map<K, number[]>, key: K, position: number): void {
  const list = lists.get(key);
  if (list) {
    if (list[list.length - 1] !== position) list.push(position);
  } else lists.set(key, [position]);
}

/** The first index in [0, end) whose value is not below `value` (or, with `after`, above it). */
function bound(values: readonly string[], end: number, value: string, after: boolean): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid] as string;
    if (after ? v <= value : v < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the index once; `select` then touches only the shortest matching posting list. */
export function buildContestIndex(summaries: readonly ContestSummary[]): ContestIndex {
  const ordered = [...summaries].sort(byDateThenId);
  const byRace = new Map<string, number[]>();
  const byYear = new Map<number, number[]>();
  const byState = new Map<string, number[]>();
  const byParty = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const stateKeys: [string, string][] = [];
  const partyKeys: string[] = [];
  const dates: string[] = [];
  ordered.forEach((s, position) => {
    const code = searchKey(s.stateCode);
    const name = searchKey(s.state);
    post(byRace, s.raceId, position);
    post(byYear, s.year, position);
    post(byState, code, position);
    post(byState, name, position);
    post(byParty, searchKey(s.party), position);
    post(byType, s.type, position);
    stateKeys.push([code, name]);
    partyKeys.push(searchKey(s.party));
    if (s.date !== null) dates.push(s.date);
  });

  function select(filter: ContestFilter): readonly ContestSummary[] {
    const state = filter.state === undefined ? undefined : searchKey(filter.state);
    const party = filter.party === undefined ? undefined : searchKey(filter.party);
    // Dated contests come first, so a date range is one contiguous run of positions.
    const ranged = filter.from !== undefined || filter.to !== undefined;
    const lo = filter.from === undefined ? 0 : bound(dates, dates.length, filter.from, false);
    const hi = filter.to === undefined ? dates.length : bound(dates, dates.length, filter.to, true);
    const lists: (number[] | undefined)[] = [];
    if (filter.race !== undefined) lists.push(byRace.get(filter.race));
    if (filter.year !== undefined) lists.push(byYear.get(filter.year));
    if (state !== undefined) lists.push(byState.get(state));
    if (party !== undefined) lists.push(byParty.get(party));
    if (filter.type !== undefined) lists.push(byType.get(filter.type));
    if (lists.some((list) => list === undefined)) return [];
    if (lists.length === 0) {
      return ranged ? ordered.slice(lo, Math.max(lo, hi)) : ordered;
    }
    const shortest = (lists as number[][]).reduce((a, b) => (b.length < a.length ? b : a));
    const out: ContestSummary[] = [];
    for (const position of shortest) {
      if (ranged && (position < lo || position >= hi)) continue;
      const s = ordered[position] as ContestSummary;
      if (filter.race !== undefined && s.raceId !== filter.race) continue;
      if (filter.year !== undefined && s.year !== filter.year) continue;
      if (filter.type !== undefined && s.type !== filter.type) continue;
      if (party !== undefined && partyKeys[position] !== party) continue;
      const keys = stateKeys[position] as [string, string];
      if (state !== undefined && keys[0] !== state && keys[1] !== state) continue;
      out.push(s);
    }
    return out;
  }

  return { ordered, select };
}
