import {
  byDateThenId,
  type CandidateRecord,
  type Contest,
  type ContestSummary,
  type Manifest,
  modelDelegates,
  type RaceMetadata,
  searchKey,
  searchTerms,
  tallyContest,
  type Unit,
} from '@tally/core';
import {
  CANDIDATE_RESULTS,
  CANDIDATES,
  CONTEST_RECORDS,
  CONTESTS,
  SEARCH_KEYS,
  type TableSpec,
  TEXTS,
  UNITS,
} from './schema.ts';
import type { SqlValue } from './sql-literal.ts';

/** What the database is built from: the data package's exports, the contests read only once. */
export type D1Data = {
  /** One per contest, in any order: the database lists them by date (undated last), then id. */
  summaries: readonly ContestSummary[];
  /** Every contest, in that order (the data package's), read once: an array, or a stream from a spool. */
  contests: Iterable<Contest>;
  /**
   * Each contest's units, every level, in the same order, read once; by default the units the contests carry.
   * The data package's JSON ships the coarsest units only, so its build passes every unit here.
   */
  units?: Iterable<readonly Unit[]>;
  candidates: readonly CandidateRecord[];
  /** The race metadata file's entries: the cited figures of each race. */
  raceMetadata: readonly RaceMetadata[];
  manifest: Manifest;
};

export type TableRows = { table: TableSpec; rows: Iterable<readonly SqlValue[]> };

/** One D1 row holds at most 2 MB; a part of this many UTF-16 units is at most 1.5 MB of UTF-8. */
export const TEXT_PART_LENGTH = 500_000;

/** Every spelling of each candidate's name in the contests' rows, in the order the contests come. */
type Spellings = { complete: boolean; names: Map<string, Set<string>> };

/**
 * The rows of every table, in load order (the manifest last), each computed only when read; read them in
 * this order, since the contests are read once, with the records, and the search keys need their names.
 */
export function d1Tables(data: D1Data): TableRows[] {
  const ordered = [...data.summaries].sort(byDateThenId);
  const posById = new Map<string, number>();
  ordered.forEach((summary, pos) => {
    if (posById.has(summary.id)) throw new Error(`two summaries have the id ${summary.id}`);
    posById.set(summary.id, pos);
  });
  const spellings: Spellings = { complete: false, names: new Map() };
  const carried: (readonly Unit[])[] = [];
  return [
    { table: CONTESTS, rows: contestRows(ordered) },
    {
      table: CONTEST_RECORDS,
      rows: recordRows(ordered, data.contests, spellings, data.units === undefined ? carried : null),
    },
    { table: UNITS, rows: unitRows(data.units ?? carried) },
    { table: CANDIDATES, rows: candidateRows(data.candidates) },
    { table: CANDIDATE_RESULTS, rows: candidateResultRows(data.candidates, posById) },
    { table: SEARCH_KEYS, rows: searchKeyRows(ordered, data.candidates, spellings) },
    { table: TEXTS, rows: textsRows(data.raceMetadata, data.manifest) },
  ];
}

function* contestRows(ordered: readonly ContestSummary[]): Generator<SqlValue[]> {
  for (const [pos, s] of ordered.entries()) {
    yield [
      pos,
      s.id,
      s.raceId,
      s.year,
      s.type,
      searchKey(s.stateCode),
      searchKey(s.state),
      searchKey(s.party),
      s.date,
      JSON.stringify(s),
    ];
  }
}

function* recordRows(
  ordered: readonly ContestSummary[],
  contests: Iterable<Contest>,
  spellings: Spellings,
  units: (readonly Unit[])[] | null,
): Generator<SqlValue[]> {
  let pos = 0;
  for (const contest of contests) {
    units?.push(contest.units ?? []);
    const expected = ordered[pos]?.id;
    if (contest.id !== expected) throw new Error(`the contest ${contest.id} comes where ${expected} should`);
    for (const row of contest.results) {
      const names = spellings.names.get(row.candidateId) ?? new Set<string>();
      names.add(row.candidate);
      spellings.names.set(row.candidateId, names);
    }
    yield [
      pos,
      JSON.stringify(contest),
      JSON.stringify(tallyContest(contest)),
      JSON.stringify(modelDelegates(contest)),
    ];
    pos++;
  }
  if (pos !== ordered.length) throw new Error(`${ordered.length - pos} summaries have no contest`);
  spellings.complete = true;
}

/** Each unit of each contest, the contests in their order (`contest_pos`), the units in theirs (`n`). */
function* unitRows(units: Iterable<readonly Unit[]>): Generator<SqlValue[]> {
  let pos = 0;
  for (const list of units) {
    for (const [n, unit] of list.entries()) {
      yield [pos, n, unit.id, unit.type, searchKey(unit.name), unit.parent, JSON.stringify(unit)];
    }
    pos++;
  }
}

/** A candidate record without the per-contest results of its races, which `candidate_results` holds. */
export function candidateSummaryOf(record: CandidateRecord) {
  return { ...record, races: record.races.map(({ contests: _contests, ...race }) => race) };
}

function* candidateRows(candidates: readonly CandidateRecord[]): Generator<SqlValue[]> {
  for (const [pos, record] of candidates.entries()) {
    yield [pos, record.candidateId, JSON.stringify(candidateSummaryOf(record))];
  }
}

function* candidateResultRows(
  candidates: readonly CandidateRecord[],
  posById: ReadonlyMap<string, number>,
): Generator<SqlValue[]> {
  for (const [pos, candidate] of candidates.entries()) {
    const results = candidate.races.flatMap((race) => race.contests);
    for (const [n, result] of results.entries()) {
      yield [pos, n, posById.get(result.contestId) ?? null, JSON.stringify(result)];
    }
  }
}

/**
 * As the API's search index keys them: every alias's terms from each term on, once per entity (the first
 * alias giving a key wins), contests by title, state, code and id, candidates by display name, id and
 * every spelling in the contests' rows, in the order the contests come.
 */
function* searchKeyRows(
  ordered: readonly ContestSummary[],
  candidates: readonly CandidateRecord[],
  spellings: Spellings,
): Generator<SqlValue[]> {
  if (!spellings.complete) throw new Error('the search keys are read before the contest records');
  for (const [pos, s] of ordered.entries()) {
    yield* keysOf('contest', pos, [s.title, s.state, s.stateCode, s.id]);
  }
  for (const [pos, c] of candidates.entries()) {
    yield* keysOf('candidate', pos, [
      c.candidate,
      c.candidateId,
      ...(spellings.names.get(c.candidateId) ?? []),
    ]);
  }
}

function* keysOf(kind: string, entity: number, aliases: readonly string[]): Generator<SqlValue[]> {
  const seen = new Set<string>();
  for (const alias of aliases) {
    const terms = searchTerms(alias);
    for (let start = 0; start < terms.length; start++) {
      const key = terms.slice(start).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      yield [kind, key, start, terms.length, entity];
    }
  }
}

/**
 * The manifest in full, then its head (without the file lists, which grow with the corpus): the head is
 * what the API reads on an isolate's first request, and written last it marks a load that finished.
 */
function* textsRows(races: readonly RaceMetadata[], manifest: Manifest): Generator<SqlValue[]> {
  yield* textRows('race-metadata', JSON.stringify(races));
  yield* manifestRows(manifest);
}

function* manifestRows(manifest: Manifest): Generator<SqlValue[]> {
  yield* textRows('manifest', JSON.stringify(manifest));
  const { inputs: _inputs, outputs: _outputs, ...head } = manifest;
  yield* textRows('manifest-head', JSON.stringify(head));
}

/** `text` in parts of at most TEXT_PART_LENGTH units, never splitting a surrogate pair. */
function* textRows(name: string, text: string): Generator<SqlValue[]> {
  let part = 0;
  for (let start = 0; start < text.length; part++) {
    let end = Math.min(text.length, start + TEXT_PART_LENGTH);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield [name, part, text.slice(start, end)];
    start = end;
  }
}
