import type {
  CandidateRace,
  CandidateRecord,
  Contest,
  ContestSummary,
  ContestTally,
  DelegateModel,
  Race,
} from '@tally/core';
import { modelDelegates, tallyContest } from '@tally/core';
import { candidates, contests, manifest, races, summaries } from '@tally/data';
import { candidateColours } from './colours.js';

/** Everything one contest page shows, computed once at build from the data package. */
export interface ContestView {
  contest: Contest;
  summary: ContestSummary;
  tally: ContestTally;
  model: DelegateModel | null;
}

/** Everything one race page shows: the race as tallied and the summaries of its contests, by date. */
export interface RaceView {
  race: Race;
  contests: ContestSummary[];
}

/** A candidate page: the candidate and each race they ran in, with that race's own figures only. */
export interface CandidateView {
  record: CandidateRecord;
  races: { race: Race; entry: CandidateRace }[];
}

/** What the site is built from: the data package's exports (a test hands it another package's). */
export interface SiteData {
  contests: readonly Contest[];
  summaries: readonly ContestSummary[];
  races: readonly Race[];
  candidates: readonly CandidateRecord[];
}

const PACKAGE: SiteData = { contests, summaries, races, candidates };

/** Oldest first; undated contests last; ties by id, so the order never depends on the input order. */
export function byDate<T extends { date: string | null; id: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function contestViews(data: SiteData = PACKAGE): ContestView[] {
  const summaryById = new Map(data.summaries.map((summary) => [summary.id, summary]));
  return [...data.contests].sort(byDate).map((contest) => {
    const summary = summaryById.get(contest.id);
    if (summary === undefined) throw new Error(`@tally/data: contest ${contest.id} has no summary`);
    return { contest, summary, tally: tallyContest(contest), model: modelDelegates(contest) };
  });
}

export function sortedSummaries(data: SiteData = PACKAGE): ContestSummary[] {
  return [...data.summaries].sort(byDate);
}

/** Each race with its contests' summaries in date order, newest race first. */
export function raceViews(data: SiteData = PACKAGE): RaceView[] {
  const summaryById = new Map(data.summaries.map((summary) => [summary.id, summary]));
  return [...data.races]
    .sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : 1))
    .map((race) => ({
      race,
      contests: race.contestIds.map((id) => {
        const summary = summaryById.get(id);
        if (summary === undefined) throw new Error(`@tally/data: race ${race.id} names no contest ${id}`);
        return summary;
      }),
    }));
}

/** Each candidate with each race they ran in, the race's own figures beside it; candidates by name. */
export function candidateViews(data: SiteData = PACKAGE): CandidateView[] {
  const raceById = new Map(data.races.map((race) => [race.id, race]));
  return [...data.candidates]
    .sort((a, b) => a.candidate.localeCompare(b.candidate, 'en') || (a.candidateId < b.candidateId ? -1 : 1))
    .map((record) => ({
      record,
      races: record.races.map((entry) => {
        const race = raceById.get(entry.raceId);
        if (race === undefined)
          throw new Error(`@tally/data: ${record.candidateId} ran in no race ${entry.raceId}`);
        return { race, entry };
      }),
    }));
}

let colours: Map<string, string> | undefined;

/** Each candidate's one colour on every page and chart of the site (see `candidateColours`). */
export function siteColours(data: SiteData = PACKAGE): Map<string, string> {
  if (data !== PACKAGE) return candidateColours(data.contests);
  colours ??= candidateColours(data.contests);
  return colours;
}

export function dataManifest() {
  return manifest;
}

/** The contest summaries by id, to name and date the contests a candidate entered. */
export function summaryIndex(data: SiteData = PACKAGE): Map<string, ContestSummary> {
  return new Map(data.summaries.map((summary) => [summary.id, summary]));
}
