import type {
  CandidateContest,
  CandidateRecord,
  Contest,
  ContestFilter,
  ContestSummary,
  ContestTally,
  DelegateModel,
  ManifestHead,
  Race,
  RaceFigure,
  ResultRecord,
  Unit,
  UnitType,
} from '@tally/core';

/** Which slice of an ordered list to return. */
export type PageRequest = { offset: number; limit: number };

/** One slice of an ordered list, and how long the whole list is. */
export type Page<T> = { items: T[]; total: number };

/** A contest with everything computed from it. */
export type ContestRecord = {
  contest: Contest;
  summary: ContestSummary;
  tally: ContestTally;
  delegateModel: DelegateModel | null;
};

/** A race without its standings and running totals: what a list of races shows. */
export type RaceSummary = Omit<Race, 'candidates' | 'series' | 'contestIds'> & { contestCount: number };

/**
 * Which reporting units of a contest a list selects: one `type`; a `name` whose words start the unit's name (case,
 * accents and punctuation folded as search folds them: `st louis` is `ST LOUIS` and `St. Louis City`).
 */
export type UnitFilter = { type?: UnitType | undefined; name?: string | undefined };

/** One unit of a contest and the ids of the units inside it, in the contest's order. */
export type UnitRecord = { unit: Unit; children: string[] };

/** The contest a unit answer is about: what its rows and its credit are read from. */
export type ContestOfUnits = { contest: Contest; summary: ContestSummary };

/** Some units of a contest, with the contest. */
export type UnitsOfContest = ContestOfUnits & { units: Page<Unit> };

/** Which races a list selects: by year, by party (any case, as contests are filtered). */
export type RaceFilter = { year?: number | undefined; party?: string | undefined };

/** A race with the summaries of its contests, in date order. */
export type RaceRecord = { race: Race; contests: ContestSummary[] };

/** A candidate's record without the per-contest results of each race. */
export type CandidateSummary = Omit<CandidateRecord, 'races'> & {
  races: Omit<CandidateRecord['races'][number], 'contests'>[];
};

/** A candidate's result in a contest, found by a query naming both (`michigan kerry`). */
export type ResultHit = { contest: ContestSummary; candidate: CandidateSummary; result: CandidateContest };

/** What a search found, best match first. */
export type SearchHits = {
  terms: string[];
  contests: ContestSummary[];
  candidates: CandidateSummary[];
  results: ResultHit[];
};

/** The cited figures of a race, as the race metadata gives them. */
export type RaceFigures = { delegatesAtStake: RaceFigure | null; delegatesToWin: RaceFigure | null };

/**
 * Everything the API reads. The bundled store answers from `@tally/data` in memory; another store
 * (D1, KV) can stand behind the same methods, which is why they return promises.
 * Contests are ordered by date (undated last), then id; races and candidates by id. No method adds figures
 * across races: a tally is one race at a time, and a candidate's figures are per race.
 */
export interface DataStore {
  readonly manifest: ManifestHead;
  listRaces(filter: RaceFilter, page: PageRequest): Promise<Page<RaceSummary>>;
  getRace(id: string): Promise<RaceRecord | null>;
  /** Every result row of the race's contests, contests by date then id, rows in table order; null for no race. */
  raceResults(id: string): Promise<ResultRecord[] | null>;
  listContests(filter: ContestFilter, page: PageRequest): Promise<Page<ContestSummary>>;
  getContest(id: string): Promise<ContestRecord | null>;
  /**
   * The reporting units of a contest the filter selects, in the contest's order (coarsest first), a page of them
   * or, without a page, all; null for no such contest. The units are those the store holds: the bundled store the
   * coarsest of each contest (what the data package's JSON ships), the D1 store every unit, precincts too.
   */
  listUnits(contestId: string, filter: UnitFilter, page: PageRequest | null): Promise<UnitsOfContest | null>;
  /** One unit of a contest, with the contest: null for no such contest, `record: null` for no such unit in it. */
  getUnit(
    contestId: string,
    unitId: string,
  ): Promise<(ContestOfUnits & { record: UnitRecord | null }) | null>;
  listCandidates(filter: ContestFilter, page: PageRequest): Promise<Page<CandidateRecord>>;
  getCandidate(id: string): Promise<CandidateRecord | null>;
  /** Each race of the contests the filter selects, tallied over those contests only. */
  tally(filter: ContestFilter): Promise<Race[]>;
  /**
   * Contests and candidates whose name or alias starts with the query, term by term; and the results of the
   * candidates in the contests when part of the query names one and the rest the other.
   */
  search(query: string, limit: number): Promise<SearchHits>;
}

/** A race without its standings, for a list. */
export function summarizeRace({ candidates: _c, series: _s, contestIds, ...race }: Race): RaceSummary {
  return { ...race, contestCount: contestIds.length };
}

/** A candidate record without the per-contest results of each race. */
export function summarizeCandidate(record: CandidateRecord): CandidateSummary {
  return { ...record, races: record.races.map(({ contests: _contests, ...race }) => race) };
}
