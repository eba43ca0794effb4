import type { Contest } from '../schema/contest.js';
import type { CandidateRecord, Race, RaceMetadata } from '../schema/race.js';
import type { ContestFilter } from '../schema/tally.js';
import { byDateThenId } from './by-date.js';
import { tallyContest } from './contest-tally.js';
import { combineTallies, type TalliedContest } from './cross-tally.js';
import { filterContests } from './filter.js';
import { raceIdOf, raceName } from './race-id.js';

/** The contests of each race, races by id, contests in their order: nothing is ever added across races. */
export function groupByRace<T extends { year: number; party: string; raceId?: string | undefined }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = raceIdOf(item);
    const group = groups.get(id);
    if (group) group.push(item);
    else groups.set(id, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** What a race tally reads of a contest: its race, year, party, date and its own tally. */
export type RaceContest = TalliedContest & { raceId: string; year: number; party: string };

/**
 * One race from its contests, already tallied one by one: the standings and the running totals by date
 * (`combineTallies`), its contests in date order, and the delegates at stake and needed to win where the
 * race metadata cites them (null otherwise: never computed, never guessed). Every contest must belong to
 * the race: handing it another race's contest is a bug, and throws.
 */
export function raceOf(raceId: string, contests: readonly RaceContest[], metadata?: RaceMetadata): Race {
  const stranger = contests.find((c) => c.raceId !== raceId);
  if (stranger) throw new Error(`the contest ${stranger.id} belongs to ${stranger.raceId}, not to ${raceId}`);
  const ordered = [...contests].sort(byDateThenId);
  const first = ordered[0];
  if (first === undefined) throw new Error(`the race ${raceId} has no contests`);
  const { candidates, series } = combineTallies(ordered);
  const dates = ordered.flatMap((c) => (c.date === null ? [] : [c.date]));
  return {
    id: raceId,
    year: first.year,
    party: first.party,
    name: raceName(first.year, first.party),
    contestIds: ordered.map((c) => c.id),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    delegatesAtStake: metadata?.delegatesAtStake ?? null,
    delegatesToWin: metadata?.delegatesToWin ?? null,
    candidates,
    series,
  };
}

/** What `raceOf` reads of a whole contest. */
export function raceContest(contest: Contest): RaceContest {
  return {
    id: contest.id,
    raceId: raceIdOf(contest),
    year: contest.year,
    party: contest.party,
    date: contest.date,
    stateCode: contest.stateCode,
    tally: tallyContest(contest),
  };
}

/**
 * Every race among the contests a filter selects, each tallied over its own selected contests only, by race
 * id. `metadata` gives the cited figures of the races it lists. To add figures across races, call
 * `tallyAcrossRaces` by name.
 */
export function tallyRaces(
  contests: readonly Contest[],
  options: { filter?: ContestFilter; metadata?: readonly RaceMetadata[] } = {},
): Race[] {
  const byId = new Map((options.metadata ?? []).map((m) => [m.id, m]));
  return [...groupByRace(filterContests(contests, options.filter))].map(([id, group]) =>
    raceOf(id, group.map(raceContest), byId.get(id)),
  );
}

/**
 * Each candidate and the races they ran in, from the races tallied: a candidate's figures stay in the race
 * they were won in. Candidates by id; their races by race id.
 */
export function candidateRecords(races: readonly Race[]): CandidateRecord[] {
  const records = new Map<string, CandidateRecord>();
  for (const race of [...races].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const { candidateId, candidate, kind, ...figures } of race.candidates) {
      const record = records.get(candidateId) ?? { candidateId, candidate, kind, races: [] };
      records.set(candidateId, record);
      record.races.push({ raceId: race.id, ...figures });
    }
  }
  return [...records.values()].sort((a, b) =>
    a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0,
  );
}

/** The cited figures of a race tallied, as the race metadata file gives them. */
export function raceMetadataOf({ id, delegatesAtStake, delegatesToWin }: Race): RaceMetadata {
  return {
    id,
    ...(delegatesAtStake ? { delegatesAtStake } : {}),
    ...(delegatesToWin ? { delegatesToWin } : {}),
  };
}
