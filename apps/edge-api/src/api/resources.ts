import {
  type CandidateAggregate,
  type CandidateKind,
  type CandidateRecord,
  type Contest,
  type ContestSummary,
  type ContestTally,
  type CumulativePoint,
  type DelegateModel,
  type Race,
  raceIdOf,
  type SourceCredit,
  tallyUnit,
  type Unit,
  type UnitTally,
} from '@tally/core';
import type { z } from 'zod';
import type {
  CandidateSummary,
  ContestRecord,
  RaceSummary,
  ResultHit,
  SearchHits,
  UnitRecord,
} from '../store/data-store.js';
import { articleUrl, LICENSE } from './provenance.js';
import type {
  CandidateDetail,
  CandidateItem,
  CandidateRef,
  ContestDetail,
  ContestItem,
  RaceDetail,
  RaceItem,
  RaceTally,
  SearchResult,
  SearchResultHit,
  SeriesPoint,
  Standing,
  UnitDetail,
  UnitItem,
} from './schemas.js';

// Pure functions from the core's records to the API's vocabulary (`schemas.ts`): the one place where a
// `{ candidate, candidateId }` of the data becomes a `{ id, name, kind }`.

type Names = ReadonlyMap<string, { name: string; kind: CandidateKind }>;

/** A candidate as every answer names one. */
export function candidateRef(id: string, name: string, kind: CandidateKind): z.infer<typeof CandidateRef> {
  return { id, name, kind };
}

/** A contest as a list shows it, and as its own resource starts. */
export function contestItem(summary: ContestSummary): z.infer<typeof ContestItem> {
  return {
    id: summary.id,
    raceId: summary.raceId,
    title: summary.title,
    year: summary.year,
    state: summary.state,
    stateCode: summary.stateCode,
    party: summary.party,
    type: summary.type,
    date: summary.date,
    voteUnit: summary.unit,
    totals: { votes: summary.totalVotes, delegates: summary.totalDelegates },
    outcome: summary.outcome,
    winner: summary.winner && candidateRef(summary.winner.candidateId, summary.winner.candidate, 'candidate'),
    undetermined: summary.undetermined,
    findingCounts: summary.findings,
    findingsBrief: summary.findingsBrief,
  };
}

function delegateModel(model: DelegateModel | null, contest: Contest) {
  if (model === null) return null;
  const kinds = new Map(contest.results.map((row) => [row.candidateId, row.kind]));
  return {
    model: model.model,
    label: model.label,
    method: model.method,
    threshold: model.threshold,
    delegates: model.delegates,
    awards: model.awards.map((award) => ({
      candidate: candidateRef(
        award.candidateId,
        award.candidate,
        kinds.get(award.candidateId) ?? 'candidate',
      ),
      share: award.share,
      qualified: award.qualified,
      modelDelegates: award.modelDelegates,
      actualDelegates: award.actualDelegates,
    })),
  };
}

function named(tally: ContestTally, who: ContestTally['runnerUp']) {
  if (who === null) return null;
  const row = tally.ranking.find((r) => r.candidateId === who.candidateId);
  return candidateRef(who.candidateId, who.candidate, row?.kind ?? 'candidate');
}

/** A contest in full: its item's fields, then its rows, totals, tally, model, findings and provenance. */
export function contestDetail(record: ContestRecord): z.infer<typeof ContestDetail> {
  const { contest, tally } = record;
  const ranks = new Map(tally.ranking.map((r) => [r.line, r]));
  const url = articleUrl(contest.title);
  const isArticle = (contest.format ?? 'article') === 'article';
  return {
    ...contestItem(record.summary),
    delegatesAtStake: contest.delegates,
    results: contest.results.map((row) => {
      const ranked = ranks.get(row.line);
      return {
        rank: ranked?.rank ?? 1,
        candidate: candidateRef(row.candidateId, row.candidate, row.kind),
        withdrawn: row.withdrawn,
        votes: row.votes,
        percent: row.percent,
        share: ranked?.share ?? null,
        delegates: row.delegates,
        raw: row.raw,
        line: row.line,
      };
    }),
    totalRow: contest.totals,
    rowSums: { votes: tally.totals.votes, delegates: tally.totals.delegates },
    runnerUp: named(tally, tally.runnerUp),
    margin: tally.margin,
    delegateModel: delegateModel(record.delegateModel, contest),
    findings: contest.findings,
    provenance: {
      source: {
        file: contest.source.file,
        sha256: contest.source.sha256,
        bytes: contest.source.bytes,
        lines: contest.source.lines,
      },
      article: isArticle ? { title: contest.title, url } : null,
      sources: (contest.sources ?? []).map((source) => ({
        file: source.file,
        format: source.format,
        sha256: source.sha256,
        uses: source.uses,
        coverage: source.coverage,
        credit: source.credit,
      })),
      credit: contestCredit(contest),
      lines: contest.lines,
    },
  };
}

/** The credit line a contest's figures are owed: each source's, else its Wikipedia article's. */
export function contestCredit(contest: Pick<Contest, 'title' | 'sources'>): string {
  return contest.sources && contest.sources.length > 0
    ? contest.sources.map((source) => source.credit.text).join(' ')
    : `From the Wikipedia article "${contest.title}" (${articleUrl(contest.title)}) by its contributors, under ${LICENSE}.`;
}

/** Where a contest's figures are described: its article, or the first results file's page. */
export function describedBy(contest: Contest): string {
  const first = contest.sources?.[0]?.credit;
  return first?.url ?? articleUrl(contest.title);
}

function unitStandings(tally: UnitTally) {
  return tally.standings.map((s) => ({
    rank: s.rank,
    candidate: candidateRef(s.candidateId, s.candidate, s.kind),
    votes: s.votes,
    share: s.share,
  }));
}

function unitWinner(tally: UnitTally) {
  if (tally.winner === null) return null;
  return candidateRef(tally.winner.candidateId, tally.winner.candidate, 'candidate');
}

/** A reporting unit as a list shows it, and as its own resource starts: what it is and its ranked result. */
export function unitItem(
  contestId: string,
  unit: Unit,
  tally: UnitTally = tallyUnit(unit),
): z.infer<typeof UnitItem> {
  return {
    id: unit.id,
    contestId,
    type: unit.type,
    name: unit.name,
    parent: unit.parent,
    fips: unit.fips,
    rolledUp: unit.rolledUp,
    note: unit.note,
    votes: tally.votes,
    outcome: tally.outcome,
    winner: unitWinner(tally),
    results: unitStandings(tally),
  };
}

/** The credit of the file a unit's rows are in, from the contest's sources. */
function creditOf(contest: Contest, file: string): SourceCredit {
  const known = contest.sources?.find((source) => source.file === file)?.credit;
  if (known) return known;
  return {
    kind: 'openelections',
    name: 'OpenElections (openelections.net)',
    title: file,
    url: 'https://openelections.net/',
    license: null,
    licenseUrl: null,
    repository: null,
    path: null,
    commit: null,
    text: `From OpenElections (openelections.net): ${file}.`,
  };
}

/** A unit in full: its item's fields, then the units inside it, its other ballots, its stated totals and its rows. */
export function unitDetail(contest: Contest, record: UnitRecord): z.infer<typeof UnitDetail> {
  const { unit, children } = record;
  const tally = tallyUnit(unit);
  const file = unit.file ?? contest.source.file;
  return {
    ...unitItem(contest.id, unit, tally),
    children,
    margin: tally.margin,
    nonVotes: unit.nonVotes,
    stated: unit.stated,
    provenance: {
      file,
      lines: unit.lines,
      results: unit.results.map((result) => ({ candidateId: result.candidateId, lines: result.lines })),
      credit: creditOf(contest, file),
    },
  };
}

/** A race as a list shows it. */
export function raceItem(race: RaceSummary): z.infer<typeof RaceItem> {
  return {
    id: race.id,
    year: race.year,
    party: race.party,
    name: race.name,
    contestCount: race.contestCount,
    firstDate: race.firstDate,
    lastDate: race.lastDate,
    delegatesAtStake: race.delegatesAtStake,
    delegatesToWin: race.delegatesToWin,
  };
}

/** Competition ranking of the standings, which come ordered by delegates, then votes. */
function standings(race: Race): z.infer<typeof Standing>[] {
  let rank = 0;
  return race.candidates.map((c: CandidateAggregate, i) => {
    const previous = race.candidates[i - 1];
    if (!previous || previous.delegates !== c.delegates || previous.votes !== c.votes) rank = i + 1;
    const toWin = race.delegatesToWin?.value;
    return {
      rank,
      candidate: candidateRef(c.candidateId, c.candidate, c.kind),
      votes: c.votes,
      delegates: c.delegates,
      delegatesNeeded: toWin === undefined ? null : Math.max(0, toWin - c.delegates),
      contestsEntered: c.contestsEntered,
      contestsWon: c.contestsWon,
    };
  });
}

function series(race: Race): z.infer<typeof SeriesPoint>[] {
  const names: Names = new Map(
    race.candidates.map((c) => [c.candidateId, { name: c.candidate, kind: c.kind }]),
  );
  return race.series.map((point: CumulativePoint) => ({
    date: point.date,
    contestIds: point.contestIds,
    standings: point.candidates.map((c) => {
      const known = names.get(c.candidateId);
      return {
        candidate: candidateRef(c.candidateId, known?.name ?? c.candidateId, known?.kind ?? 'candidate'),
        votes: c.votes,
        delegates: c.delegates,
        wins: c.wins,
      };
    }),
  }));
}

/** A race in full: its item's fields, then its contests, standings and cumulative series. */
export function raceDetail(race: Race, contests: readonly ContestSummary[]): z.infer<typeof RaceDetail> {
  const { candidates: _c, series: _s, contestIds, ...rest } = race;
  return {
    ...raceItem({ ...rest, contestCount: contestIds.length }),
    contests: contests.map(contestItem),
    standings: standings(race),
    series: series(race),
  };
}

/** A race tallied over the contests a filter selects. */
export function raceTally(race: Race): z.infer<typeof RaceTally> {
  return {
    raceId: race.id,
    contestCount: race.contestIds.length,
    standings: standings(race),
    series: series(race),
  };
}

/** A candidate as a list shows them: their totals in each race. */
export function candidateItem(record: CandidateSummary | CandidateRecord): z.infer<typeof CandidateItem> {
  return {
    ...candidateRef(record.candidateId, record.candidate, record.kind),
    races: record.races.map((race) => ({
      raceId: race.raceId,
      votes: race.votes,
      delegates: race.delegates,
      contestsEntered: race.contestsEntered,
      contestsWon: race.contestsWon,
    })),
  };
}

/** A candidate's result in a contest, as a search that names both finds it. */
export function searchResultHit(hit: ResultHit): z.infer<typeof SearchResultHit> {
  const { contest, candidate, result } = hit;
  return {
    contest: contestItem(contest),
    candidate: candidateRef(candidate.candidateId, candidate.candidate, candidate.kind),
    rank: result.rank,
    votes: result.votes,
    percent: result.percent,
    share: result.share,
    delegates: result.delegates,
    won: result.won,
    withdrawn: result.withdrawn,
  };
}

/** What a search found, as `GET /v1/search` and the MCP `search` tool both answer it. */
export function searchResult(hits: SearchHits): z.infer<typeof SearchResult> {
  return {
    terms: hits.terms,
    contests: hits.contests.map(contestItem),
    candidates: hits.candidates.map(candidateItem),
    results: hits.results.map(searchResultHit),
  };
}

/** A candidate in full: each race with their result in each of its contests. */
export function candidateDetail(record: CandidateRecord): z.infer<typeof CandidateDetail> {
  return {
    ...candidateRef(record.candidateId, record.candidate, record.kind),
    races: record.races.map((race) => ({
      raceId: race.raceId,
      votes: race.votes,
      delegates: race.delegates,
      contestsEntered: race.contestsEntered,
      contestsWon: race.contestsWon,
      contests: race.contests.map((c) => ({
        contestId: c.contestId,
        date: c.date,
        stateCode: c.stateCode,
        rank: c.rank,
        votes: c.votes,
        percent: c.percent,
        share: c.share,
        delegates: c.delegates,
        won: c.won,
        withdrawn: c.withdrawn,
      })),
    })),
  };
}

/** The race a contest's resource links to. */
export function raceOfContest(contest: Contest): string {
  return raceIdOf(contest);
}
