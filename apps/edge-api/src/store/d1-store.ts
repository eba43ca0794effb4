import {
  type CandidateContest,
  type CandidateRecord,
  type Contest,
  type ContestFilter,
  type ContestSummary,
  type ContestTally,
  candidateRecords,
  type DelegateModel,
  groupByRace,
  ManifestHead,
  type Race,
  type RaceContest,
  type RaceMetadata,
  RaceMetadataFile,
  raceName,
  raceOf,
  resultRecords,
  searchKey,
  searchTerms,
  type Unit,
} from '@tally/core';
import { contestWhere } from './d1-filter.js';
import { pairStatement, searchStatement } from './d1-search.js';
import type {
  CandidateSummary,
  DataStore,
  Page,
  PageRequest,
  RaceSummary,
  UnitFilter,
} from './data-store.js';
import { selectRaces } from './memory-store.js';
import { compareScores, splits } from './search-index.js';

/** Why a D1 database cannot be served. */
export type D1StoreError = {
  code: 'd1-data-missing' | 'd1-manifest-invalid';
  message: string;
};

export type OpenedStore = { ok: true; store: DataStore } | { ok: false; error: D1StoreError };

type AggregateRow = { summary: string; results: string | null };
type TalliedRow = {
  id: string;
  race_id: string;
  year: number;
  party: string;
  date: string | null;
  state_code: string;
  tally: string;
};
type RaceRow = {
  id: string;
  contests: number;
  first_date: string | null;
  last_date: string | null;
  first: string;
};

// A candidate's aggregate is its summary and its results, joined in order: rows stay under D1's 2 MB.
const AGGREGATES =
  "SELECT k.summary AS summary, (SELECT group_concat(result, ',' ORDER BY n) FROM candidate_results " +
  'WHERE candidate_pos = k.pos) AS results FROM candidates k';

/** A candidate record from its summary and its results, each race's `contestsEntered` of them in turn. */
function recordOf(row: AggregateRow): CandidateRecord {
  const summary = JSON.parse(row.summary) as CandidateSummary;
  const results = JSON.parse(`[${row.results ?? ''}]`) as CandidateContest[];
  return {
    ...summary,
    races: summary.races.map((race) => ({ ...race, contests: results.splice(0, race.contestsEntered) })),
  };
}

/** Each race of the contests read, tallied over them only, with its cited figures. */
function racesOf(tallied: readonly RaceContest[], metadata: readonly RaceMetadata[]): Race[] {
  const byId = new Map(metadata.map((race) => [race.id, race]));
  return [...groupByRace(tallied)].map(([id, contests]) => raceOf(id, contests, byId.get(id)));
}

function isEmpty(filter: ContestFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function slice<T>(items: readonly T[], page: PageRequest): Page<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

function parseAll<T>(rows: readonly Record<string, unknown>[], column: string): T[] {
  return rows.map((row) => JSON.parse(row[column] as string) as T);
}

/**
 * The units a filter selects, as SQL over the `units` table: the contest by its id, the type, and the folded name
 * itself or followed by a space (whole words: what `nameMatches` decides for the memory store).
 */
function unitWhere(contestId: string, filter: UnitFilter): { where: string; params: (string | number)[] } {
  const clauses = ['u.contest_pos = (SELECT pos FROM contests WHERE id = ?)'];
  const params: (string | number)[] = [contestId];
  if (filter.type !== undefined) {
    clauses.push('u.type = ?');
    params.push(filter.type);
  }
  if (filter.name !== undefined) {
    const key = searchKey(filter.name);
    clauses.push("(u.name_key = ? OR (u.name_key >= ? || ' ' AND u.name_key < ? || '!'))");
    params.push(key, key, key);
  }
  return { where: ` WHERE ${clauses.join(' AND ')}`, params };
}

/** The contest a unit answer is about: its summary and its record, in one row. */
const CONTEST_OF_UNITS =
  'SELECT c.summary AS summary, r.contest AS contest FROM contests c JOIN contest_records r ON r.pos = c.pos ' +
  'WHERE c.id = ?';
type ContestRow = { summary: string; contest: string };

function contestOfUnits(row: ContestRow): { contest: Contest; summary: ContestSummary } {
  return { contest: JSON.parse(row.contest) as Contest, summary: JSON.parse(row.summary) as ContestSummary };
}

/** A contest and a candidate a split of a query names together, with the pair's score and what to send. */
type PairRow = {
  ce: number;
  pe: number;
  w: number;
  st: number;
  len: number;
  contest: string;
  candidate: string;
  result: string;
};

/** The splits' pairs merged as the memory store ranks them: each pair at its best score, best first. */
function bestPairs(rows: readonly PairRow[]): PairRow[] {
  const best = new Map<string, PairRow>();
  const score = (row: PairRow) => [row.w, row.st, row.len] as const;
  for (const row of rows) {
    const key = `${row.ce} ${row.pe}`;
    const previous = best.get(key);
    if (!previous || compareScores(score(row), score(previous)) < 0) best.set(key, row);
  }
  return [...best.values()].sort((a, b) => compareScores(score(a), score(b)) || a.ce - b.ce || a.pe - b.pe);
}

function totalOf(result: D1Result): number {
  return (result.results[0] as { total: number } | undefined)?.total ?? 0;
}

/**
 * A store over the D1 database the data build writes (packages/data/src/d1), answering exactly what the
 * memory store answers over the same data package: the same order, totals, search and tallies. Each
 * method is one round trip (a `batch` where it needs two statements); the JSON is stored ready to send.
 * A tally, and a filtered candidate list, read the selected contests' own tallies and combine them with
 * the core's `combineTallies`: what the memory store's `tallyContests` does after tallying each contest.
 */
export function createD1Store(
  db: D1Database,
  manifest: ManifestHead,
  metadata: readonly RaceMetadata[] = [],
): DataStore {
  const metadataById = new Map(metadata.map((race) => [race.id, race]));

  async function selectTallied(filter: ContestFilter): Promise<RaceContest[]> {
    const { where, params } = contestWhere(filter);
    const { results } = await db
      .prepare(
        "SELECT c.id AS id, c.race_id AS race_id, c.year AS year, json_extract(c.summary, '$.party') AS party, " +
          "c.date AS date, json_extract(c.summary, '$.stateCode') AS state_code, r.tally AS tally " +
          `FROM contests c JOIN contest_records r ON r.pos = c.pos${where} ORDER BY c.pos`,
      )
      .bind(...params)
      .all<TalliedRow>();
    return results.map((row) => ({
      id: row.id,
      raceId: row.race_id,
      year: row.year,
      party: row.party,
      date: row.date,
      stateCode: row.state_code,
      tally: JSON.parse(row.tally) as ContestTally,
    }));
  }

  /** Every race: its contests counted, first and last dates, and its first contest's year and party. */
  async function allRaces(): Promise<RaceSummary[]> {
    const { results } = await db
      .prepare(
        'SELECT race_id AS id, COUNT(*) AS contests, MIN(date) AS first_date, MAX(date) AS last_date, ' +
          '(SELECT f.summary FROM contests f WHERE f.race_id = c.race_id ORDER BY f.pos LIMIT 1) AS first ' +
          'FROM contests c GROUP BY race_id ORDER BY race_id',
      )
      .all<RaceRow>();
    return results.map((row) => {
      const first = JSON.parse(row.first) as ContestSummary;
      const cited = metadataById.get(row.id);
      return {
        id: row.id,
        year: first.year,
        party: first.party,
        name: raceName(first.year, first.party),
        firstDate: row.first_date,
        lastDate: row.last_date,
        delegatesAtStake: cited?.delegatesAtStake ?? null,
        delegatesToWin: cited?.delegatesToWin ?? null,
        contestCount: row.contests,
      };
    });
  }

  return {
    manifest,

    async listRaces(filter, page) {
      return slice(selectRaces(await allRaces(), filter), page);
    },

    async getRace(id) {
      const [tallied, summaries] = (await db.batch([
        db
          .prepare(
            "SELECT c.id AS id, c.race_id AS race_id, c.year AS year, json_extract(c.summary, '$.party') AS party, " +
              "c.date AS date, json_extract(c.summary, '$.stateCode') AS state_code, r.tally AS tally " +
              'FROM contests c JOIN contest_records r ON r.pos = c.pos WHERE c.race_id = ? ORDER BY c.pos',
          )
          .bind(id),
        db.prepare('SELECT summary FROM contests WHERE race_id = ? ORDER BY pos').bind(id),
      ])) as [D1Result<TalliedRow>, D1Result<Record<string, unknown>>];
      if (tallied.results.length === 0) return null;
      const contests = tallied.results.map((row) => ({
        id: row.id,
        raceId: row.race_id,
        year: row.year,
        party: row.party,
        date: row.date,
        stateCode: row.state_code,
        tally: JSON.parse(row.tally) as ContestTally,
      }));
      return {
        race: raceOf(id, contests, metadataById.get(id)),
        contests: parseAll<ContestSummary>(summaries.results, 'summary'),
      };
    },

    async raceResults(id) {
      const { results } = await db
        .prepare(
          'SELECT r.contest AS contest FROM contests c JOIN contest_records r ON r.pos = c.pos ' +
            'WHERE c.race_id = ? ORDER BY c.pos',
        )
        .bind(id)
        .all<{ contest: string }>();
      if (results.length === 0) return null;
      return results.flatMap((row) => resultRecords(JSON.parse(row.contest) as Contest));
    },

    async listContests(filter, page) {
      const { where, params } = contestWhere(filter);
      const [items, count] = (await db.batch([
        db
          .prepare(`SELECT summary FROM contests${where} ORDER BY pos LIMIT ? OFFSET ?`)
          .bind(...params, page.limit, page.offset),
        db.prepare(`SELECT COUNT(*) AS total FROM contests${where}`).bind(...params),
      ])) as [D1Result<Record<string, unknown>>, D1Result];
      return { items: parseAll<ContestSummary>(items.results, 'summary'), total: totalOf(count) };
    },

    async getContest(id) {
      const row = await db
        .prepare(
          'SELECT c.summary AS summary, r.contest AS contest, r.tally AS tally, r.delegate_model AS delegate_model ' +
            'FROM contests c JOIN contest_records r ON r.pos = c.pos WHERE c.id = ?',
        )
        .bind(id)
        .first<Record<'summary' | 'contest' | 'tally' | 'delegate_model', string>>();
      if (!row) return null;
      return {
        contest: JSON.parse(row.contest) as Contest,
        summary: JSON.parse(row.summary) as ContestSummary,
        tally: JSON.parse(row.tally) as ContestTally,
        delegateModel: JSON.parse(row.delegate_model) as DelegateModel | null,
      };
    },

    async listUnits(contestId, filter, page) {
      const { where, params } = unitWhere(contestId, filter);
      const paging = page === null ? '' : ' LIMIT ? OFFSET ?';
      const [contest, items, count] = (await db.batch([
        db.prepare(CONTEST_OF_UNITS).bind(contestId),
        db
          .prepare(`SELECT u.unit AS unit FROM units u${where} ORDER BY u.n${paging}`)
          .bind(...params, ...(page === null ? [] : [page.limit, page.offset])),
        db.prepare(`SELECT COUNT(*) AS total FROM units u${where}`).bind(...params),
      ])) as [D1Result<ContestRow>, D1Result<Record<string, unknown>>, D1Result];
      const row = contest.results[0];
      if (!row) return null;
      return {
        ...contestOfUnits(row),
        units: { items: parseAll<Unit>(items.results, 'unit'), total: totalOf(count) },
      };
    },

    async getUnit(contestId, unitId) {
      const pos = '(SELECT pos FROM contests WHERE id = ?)';
      const [contest, unit, children] = (await db.batch([
        db.prepare(CONTEST_OF_UNITS).bind(contestId),
        db.prepare(`SELECT unit FROM units WHERE contest_pos = ${pos} AND id = ?`).bind(contestId, unitId),
        db
          .prepare(`SELECT id FROM units WHERE contest_pos = ${pos} AND parent = ? ORDER BY n`)
          .bind(contestId, unitId),
      ])) as [D1Result<ContestRow>, D1Result<{ unit: string }>, D1Result<{ id: string }>];
      const row = contest.results[0];
      if (!row) return null;
      const found = unit.results[0];
      return {
        ...contestOfUnits(row),
        record: found
          ? { unit: JSON.parse(found.unit) as Unit, children: children.results.map((child) => child.id) }
          : null,
      };
    },

    async listCandidates(filter, page) {
      if (!isEmpty(filter)) {
        return slice(candidateRecords(racesOf(await selectTallied(filter), metadata)), page);
      }
      const [items, count] = (await db.batch([
        db.prepare(`${AGGREGATES} ORDER BY k.pos LIMIT ? OFFSET ?`).bind(page.limit, page.offset),
        db.prepare('SELECT COUNT(*) AS total FROM candidates'),
      ])) as [D1Result<AggregateRow>, D1Result];
      return { items: items.results.map(recordOf), total: totalOf(count) };
    },

    async getCandidate(id) {
      const row = await db.prepare(`${AGGREGATES} WHERE k.id = ?`).bind(id).first<AggregateRow>();
      return row ? recordOf(row) : null;
    },

    async tally(filter) {
      return racesOf(await selectTallied(filter), metadata);
    },

    async search(query, limit) {
      const terms = searchTerms(query);
      if (terms.length === 0 || limit <= 0) return { terms, contests: [], candidates: [], results: [] };
      // One round trip: both kinds' matches, and each split's pairs of a contest and a candidate it names.
      const [contests, candidates, ...split] = (await db.batch([
        searchStatement(db, 'contest', terms, limit),
        searchStatement(db, 'candidate', terms, limit),
        ...splits(terms).map(([head, tail]) => pairStatement(db, head, tail, limit)),
      ])) as D1Result<Record<string, unknown>>[];
      return {
        terms,
        contests: parseAll<ContestSummary>(contests?.results ?? [], 'summary'),
        candidates: parseAll<CandidateSummary>(candidates?.results ?? [], 'summary'),
        results: bestPairs(split.flatMap((result) => result.results as PairRow[]))
          .slice(0, limit)
          .map((row) => ({
            contest: JSON.parse(row.contest) as ContestSummary,
            candidate: JSON.parse(row.candidate) as CandidateSummary,
            result: JSON.parse(row.result) as CandidateContest,
          })),
      };
    },
  };
}

/**
 * The store over `db`, once its manifest (written last by the data build, in parts) is read and checked:
 * one round trip. A database without the tables or the manifest is an error value, not a throw.
 */
export async function openD1Store(db: D1Database): Promise<OpenedStore> {
  let parts: { name: string; text: string }[];
  try {
    parts = (
      await db
        .prepare(
          "SELECT name, text FROM texts WHERE name IN ('manifest-head', 'race-metadata') ORDER BY name, part",
        )
        .all<{ name: string; text: string }>()
    ).results;
  } catch (error) {
    if (!String(error).includes('no such table')) throw error;
    return {
      ok: false,
      error: {
        code: 'd1-data-missing',
        message: 'The D1 database has no Tally tables: load dist/d1/*.sql into it.',
      },
    };
  }
  const text = (name: string) =>
    parts
      .filter((part) => part.name === name)
      .map((part) => part.text)
      .join('');
  if (!parts.some((part) => part.name === 'manifest-head')) {
    return {
      ok: false,
      error: {
        code: 'd1-data-missing',
        message:
          'The D1 database holds no manifest: its load stopped early, or never ran. Load dist/d1/*.sql again.',
      },
    };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text('manifest-head'));
  } catch {
    manifest = undefined;
  }
  const parsed = ManifestHead.safeParse(manifest);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'd1-manifest-invalid',
        message: 'The manifest in the D1 database is not a Tally data manifest.',
      },
    };
  }
  let races: unknown;
  try {
    races = JSON.parse(text('race-metadata') || '[]');
  } catch {
    races = undefined;
  }
  const metadata = RaceMetadataFile.safeParse(races);
  if (!metadata.success) {
    return {
      ok: false,
      error: {
        code: 'd1-manifest-invalid',
        message: 'The race metadata in the D1 database is not Tally race metadata.',
      },
    };
  }
  return { ok: true, store: createD1Store(db, parsed.data, metadata.data) };
}
