import type {
  CandidateAggregate,
  Contest,
  ContestFilter,
  ContestSummary,
  ContestTally,
  CrossTally,
  DelegateModel,
  ManifestHead,
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

/** A candidate across every contest, with the summaries of the contests they entered. */
export type CandidateRecord = { candidate: CandidateAggregate; contests: ContestSummary[] };

/** A candidate's aggregate without their per-contest results. */
export type CandidateSummary = Omit<CandidateAggregate, 'contests'>;

/** What a search found, best match first. */
export type SearchHits = { terms: string[]; contests: ContestSummary[]; candidates: CandidateSummary[] };

/**
 * Everything the API reads. The bundled store answers from `@tally/data` in memory; another store
 * (D1, KV) can stand behind the same methods, which is why they return promises.
 * Contests are ordered by date (undated last), then id; candidates as the data package orders them.
 */
export interface DataStore {
  readonly manifest: ManifestHead;
  listContests(filter: ContestFilter, page: PageRequest): Promise<Page<ContestSummary>>;
  getContest(id: string): Promise<ContestRecord | null>;
  listCandidates(filter: ContestFilter, page: PageRequest): Promise<Page<CandidateAggregate>>;
  getCandidate(id: string): Promise<CandidateRecord | null>;
  /** The cross-contest tally of the contests the filter selects. */
  tally(filter: ContestFilter): Promise<CrossTally>;
  /** Contests and candidates whose name or alias starts with the query, term by term. */
  search(query: string, limit: number): Promise<SearchHits>;
}
