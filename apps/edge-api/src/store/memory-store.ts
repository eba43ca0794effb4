import {
  type CandidateAggregate,
  type Contest,
  type ContestFilter,
  type ContestSummary,
  type Manifest,
  modelDelegates,
  searchTerms,
  tallyContest,
  tallyContests,
} from '@tally/core';
import { buildContestIndex } from './contest-index.js';
import type { CandidateSummary, ContestRecord, DataStore, Page, PageRequest } from './data-store.js';
import { buildSearchIndex } from './search-index.js';

/** What the data package exports. */
export type DataPackage = {
  contests: readonly Contest[];
  summaries: readonly ContestSummary[];
  candidates: readonly CandidateAggregate[];
  manifest: Manifest;
};

function isEmpty(filter: ContestFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function slice<T>(items: readonly T[], page: PageRequest): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

function summarizeCandidate({ contests: _contests, ...rest }: CandidateAggregate): CandidateSummary {
  return rest;
}

/**
 * A store over a data package held in memory. Every index is built here, once: maps by id, the
 * filter's posting lists and the search keys. What is computed per contest (its tally and delegate
 * model) is computed on first request and kept.
 */
export function createMemoryStore(data: DataPackage): DataStore {
  const contestsById = new Map(data.contests.map((c) => [c.id, c]));
  const summariesById = new Map(data.summaries.map((s) => [s.id, s]));
  const candidatesById = new Map(data.candidates.map((c) => [c.candidateId, c]));
  const index = buildContestIndex(data.summaries);
  const records = new Map<string, ContestRecord>();

  const spellings = new Map<string, Set<string>>();
  for (const contest of data.contests) {
    for (const row of contest.results) {
      const names = spellings.get(row.candidateId) ?? new Set<string>();
      names.add(row.candidate);
      spellings.set(row.candidateId, names);
    }
  }
  const contestSearch = buildSearchIndex(
    index.ordered.map((s) => ({ item: s, aliases: [s.title, s.state, s.stateCode, s.id] })),
  );
  const candidateSearch = buildSearchIndex(
    data.candidates.map((c) => ({
      item: summarizeCandidate(c),
      aliases: [c.candidate, c.candidateId, ...(spellings.get(c.candidateId) ?? [])],
    })),
  );

  function selectContests(filter: ContestFilter): Contest[] {
    return index.select(filter).map((s) => contestsById.get(s.id) as Contest);
  }

  return {
    manifest: data.manifest,

    async listContests(filter, page) {
      return slice(index.select(filter), page);
    },

    async getContest(id) {
      const known = records.get(id);
      if (known) return known;
      const contest = contestsById.get(id);
      const summary = summariesById.get(id);
      if (!contest || !summary) return null;
      const record = {
        contest,
        summary,
        tally: tallyContest(contest),
        delegateModel: modelDelegates(contest),
      };
      records.set(id, record);
      return record;
    },

    async listCandidates(filter, page) {
      if (isEmpty(filter)) return slice(data.candidates, page);
      return slice(tallyContests(selectContests(filter)).candidates, page);
    },

    async getCandidate(id) {
      const candidate = candidatesById.get(id);
      if (!candidate) return null;
      const contests = candidate.contests
        .map((entry) => summariesById.get(entry.contestId))
        .filter((s): s is ContestSummary => s !== undefined);
      return { candidate, contests };
    },

    async tally(filter) {
      return { ...tallyContests(selectContests(filter)), filter };
    },

    async search(query, limit) {
      const terms = searchTerms(query);
      return {
        terms,
        contests: contestSearch.find(terms, limit),
        candidates: candidateSearch.find(terms, limit),
      };
    },
  };
}
