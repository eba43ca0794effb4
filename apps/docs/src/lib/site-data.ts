import type {
  CandidateAggregate,
  Contest,
  ContestSummary,
  ContestTally,
  CrossTally,
  DelegateModel,
} from '@tally/core';
import { modelDelegates, tallyContest, tallyContests } from '@tally/core';
import { candidates, contests, manifest, summaries } from '@tally/data';

/** Everything one contest page shows, computed once at build from the data package. */
export interface ContestView {
  contest: Contest;
  summary: ContestSummary;
  tally: ContestTally;
  model: DelegateModel | null;
}

/** Oldest first; undated contests last; ties by id, so the order never depends on the input order. */
export function byDate<T extends { date: string | null; id: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function contestViews(): ContestView[] {
  const summaryById = new Map(summaries.map((summary) => [summary.id, summary]));
  return [...contests].sort(byDate).map((contest) => {
    const summary = summaryById.get(contest.id);
    if (summary === undefined) throw new Error(`@tally/data: contest ${contest.id} has no summary`);
    return { contest, summary, tally: tallyContest(contest), model: modelDelegates(contest) };
  });
}

export function sortedSummaries(): ContestSummary[] {
  return [...summaries].sort(byDate);
}

/** Candidates as the data package ranks them (by delegates, then votes). */
export function candidateAggregates(): CandidateAggregate[] {
  return candidates;
}

export function crossTally(): CrossTally {
  return tallyContests(contests);
}

export function dataManifest() {
  return manifest;
}

/** The contest summaries by id, to name and date the contests a candidate entered. */
export function summaryIndex(): Map<string, ContestSummary> {
  return new Map(summaries.map((summary) => [summary.id, summary]));
}
