import {
  type CandidateContest,
  type CandidateRecord,
  type Contest,
  type ContestFilter,
  type ContestSummary,
  candidateRecords,
  type Manifest,
  modelDelegates,
  type Race,
  raceMetadataOf,
  resultRecords,
  searchKey,
  searchTerms,
  tallyContest,
  tallyRaces,
  type Unit,
} from '@tally/core';
import { buildContestIndex } from './contest-index.js';
import {
  type CandidateSummary,
  type ContestRecord,
  type DataStore,
  type Page,
  type PageRequest,
  type RaceFilter,
  type RaceSummary,
  summarizeCandidate,
  summarizeRace,
} from './data-store.js';
import { buildSearchIndex, pairMatches } from './search-index.js';
import { selectUnits } from './unit-filter.js';

/** What the data package exports. */
export type DataPackage = {
  contests: readonly Contest[];
  summaries: readonly ContestSummary[];
  races: readonly Race[];
  candidates: readonly CandidateRecord[];
  manifest: Manifest;
  /**
   * A contest's reporting units, loaded when first asked for (the data package's `unitsOf`: each contest's
   * file its own module); without it, the units the contests carry.
   */
  unitsOf?: (contestId: string) => Promise<readonly Unit[] | null>;
};

function isEmpty(filter: object): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function slice<T>(items: readonly T[], page: PageRequest): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

/** The races a race filter selects: `year` exactly, `party` folded as contest filters fold it. */
export function selectRaces<T extends { year: number; party: string }>(
  races: readonly T[],
  filter: RaceFilter,
): T[] {
  const party = filter.party === undefined ? undefined : searchKey(filter.party);
  return races.filter(
    (race) =>
      (filter.year === undefined || race.year === filter.year) &&
      (party === undefined || searchKey(race.party) === party),
  );
}

/**
 * A store over a data package held in memory. Every index is built here, once: maps by id, the
 * filter's posting lists and the search keys. What is computed per contest (its tally and delegate
 * model) is computed on first request and kept.
 */
export function createMemoryStore(data: DataPackage): DataStore {
  const contestsById = new Map(data.contests.map((c) => [c.id, c]));
  const summariesById = new Map(data.summaries.map((s) => [s.id, s]));
  const racesById = new Map(data.races.map((r) => [r.id, r]));
  const raceSummaries: RaceSummary[] = data.races.map(summarizeRace);
  const candidatesById = new Map(data.candidates.map((c) => [c.candidateId, c]));
  const metadata = data.races.map(raceMetadataOf);
  const index = buildContestIndex(data.summaries);
  const records = new Map<string, ContestRecord>();
  const unitsByContest = new Map<string, Promise<readonly Unit[]>>();

  /** A known contest's units, loaded once; the same promise for every request that asks. */
  function unitsOfContest(id: string): Promise<readonly Unit[]> {
    let units = unitsByContest.get(id);
    if (!units) {
      const contest = contestsById.get(id);
      units = data.unitsOf
        ? data.unitsOf(id).then((loaded) => loaded ?? contest?.units ?? [])
        : Promise.resolve(contest?.units ?? []);
      units.catch(() => unitsByContest.delete(id));
      unitsByContest.set(id, units);
    }
    return units;
  }

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
  const candidateSummaries = data.candidates.map(summarizeCandidate);
  const candidateSearch = buildSearchIndex(
    data.candidates.map((c, position) => ({
      item: candidateSummaries[position] as CandidateSummary,
      aliases: [c.candidate, c.candidateId, ...(spellings.get(c.candidateId) ?? [])],
    })),
  );
  // Each contest's candidates (their positions) and each candidate's result in it, for searches naming both.
  const contestPosition = new Map(index.ordered.map((summary, position) => [summary.id, position]));
  const candidatesOfContest: number[][] = index.ordered.map(() => []);
  const resultOf = new Map<string, CandidateContest>();
  data.candidates.forEach((record, candidate) => {
    for (const race of record.races) {
      for (const result of race.contests) {
        const contest = contestPosition.get(result.contestId);
        if (contest === undefined) continue;
        candidatesOfContest[contest]?.push(candidate);
        resultOf.set(`${contest} ${candidate}`, result);
      }
    }
  });
  for (const candidates of candidatesOfContest) candidates.sort((a, b) => a - b);

  function selectContests(filter: ContestFilter): Contest[] {
    return index.select(filter).map((s) => contestsById.get(s.id) as Contest);
  }

  return {
    manifest: data.manifest,

    async listRaces(filter, page) {
      return slice(selectRaces(raceSummaries, filter), page);
    },

    async getRace(id) {
      const race = racesById.get(id);
      if (!race) return null;
      return {
        race,
        contests: race.contestIds.map((contestId) => summariesById.get(contestId) as ContestSummary),
      };
    },

    async raceResults(id) {
      if (!racesById.has(id)) return null;
      return selectContests({ race: id }).flatMap(resultRecords);
    },

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

    async listUnits(contestId, filter, page) {
      const contest = contestsById.get(contestId);
      const summary = summariesById.get(contestId);
      if (!contest || !summary) return null;
      const selected = selectUnits(await unitsOfContest(contestId), filter);
      const units = page === null ? { items: selected, total: selected.length } : slice(selected, page);
      return { contest, summary, units };
    },

    async getUnit(contestId, unitId) {
      const contest = contestsById.get(contestId);
      const summary = summariesById.get(contestId);
      if (!contest || !summary) return null;
      const units = await unitsOfContest(contestId);
      const unit = units.find((u) => u.id === unitId);
      const children = units.filter((u) => u.parent === unitId).map((u) => u.id);
      return { contest, summary, record: unit ? { unit, children } : null };
    },

    async listCandidates(filter, page) {
      if (isEmpty(filter)) return slice(data.candidates, page);
      return slice(candidateRecords(tallyRaces(selectContests(filter), { metadata })), page);
    },

    async getCandidate(id) {
      return candidatesById.get(id) ?? null;
    },

    async tally(filter) {
      if (isEmpty(filter)) return [...data.races];
      return tallyRaces(selectContests(filter), { metadata });
    },

    async search(query, limit) {
      const terms = searchTerms(query);
      const pairs = pairMatches(
        terms,
        contestSearch.scores,
        candidateSearch.scores,
        (contest) => candidatesOfContest[contest] ?? [],
        limit,
      );
      return {
        terms,
        contests: contestSearch.find(terms, limit),
        candidates: candidateSearch.find(terms, limit),
        results: pairs.map(({ contest, candidate }) => ({
          contest: index.ordered[contest] as ContestSummary,
          candidate: candidateSummaries[candidate] as CandidateSummary,
          result: resultOf.get(`${contest} ${candidate}`) as CandidateContest,
        })),
      };
    },
  };
}
