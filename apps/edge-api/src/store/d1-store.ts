import {
  type CandidateAggregate,
  type CandidateContest,
  type Contest,
  type ContestFilter,
  type ContestSummary,
  type ContestTally,
  combineTallies,
  type DelegateModel,
  ManifestHead,
  searchTerms,
  type TalliedContest,
} from '@tally/core';
import { contestWhere } from './d1-filter.js';
import { searchStatement } from './d1-search.js';
import type { CandidateSummary, DataStore, Page, PageRequest } from './data-store.js';

/** Why a D1 database cannot be served. */
export type D1StoreError = {
  code: 'd1-data-missing' | 'd1-manifest-invalid';
  message: string;
};

export type OpenedStore = { ok: true; store: DataStore } | { ok: false; error: D1StoreError };

type AggregateRow = { summary: string; results: string | null };
type TalliedRow = { id: string; date: string | null; state_code: string; tally: string };

// A candidate's aggregate is its summary and its results, joined in order: rows stay under D1's 2 MB.
const AGGREGATES =
  "SELECT k.summary AS summary, (SELECT group_concat(result, ',' ORDER BY n) FROM candidate_results " +
  'WHERE candidate_pos = k.pos) AS results FROM candidates k';

function aggregateOf(row: AggregateRow): CandidateAggregate {
  const summary = JSON.parse(row.summary) as CandidateSummary;
  return { ...summary, contests: JSON.parse(`[${row.results ?? ''}]`) as CandidateContest[] };
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
export function createD1Store(db: D1Database, manifest: ManifestHead): DataStore {
  async function selectTallied(filter: ContestFilter): Promise<TalliedContest[]> {
    const { where, params } = contestWhere(filter);
    const { results } = await db
      .prepare(
        "SELECT c.id AS id, c.date AS date, json_extract(c.summary, '$.stateCode') AS state_code, r.tally AS tally " +
          `FROM contests c JOIN contest_records r ON r.pos = c.pos${where} ORDER BY c.pos`,
      )
      .bind(...params)
      .all<TalliedRow>();
    return results.map((row) => ({
      id: row.id,
      date: row.date,
      stateCode: row.state_code,
      tally: JSON.parse(row.tally) as ContestTally,
    }));
  }

  return {
    manifest,

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

    async listCandidates(filter, page) {
      if (!isEmpty(filter)) return slice(combineTallies(await selectTallied(filter)).candidates, page);
      const [items, count] = (await db.batch([
        db.prepare(`${AGGREGATES} ORDER BY k.pos LIMIT ? OFFSET ?`).bind(page.limit, page.offset),
        db.prepare('SELECT COUNT(*) AS total FROM candidates'),
      ])) as [D1Result<AggregateRow>, D1Result];
      return { items: items.results.map(aggregateOf), total: totalOf(count) };
    },

    async getCandidate(id) {
      const [aggregate, summaries] = (await db.batch([
        db.prepare(`${AGGREGATES} WHERE k.id = ?`).bind(id),
        db
          .prepare(
            'SELECT c.summary AS summary FROM candidates k JOIN candidate_results r ON r.candidate_pos = k.pos ' +
              'JOIN contests c ON c.pos = r.contest_pos WHERE k.id = ? ORDER BY r.n',
          )
          .bind(id),
      ])) as [D1Result<AggregateRow>, D1Result<Record<string, unknown>>];
      const row = aggregate.results[0];
      if (!row) return null;
      return {
        candidate: aggregateOf(row),
        contests: parseAll<ContestSummary>(summaries.results, 'summary'),
      };
    },

    async tally(filter) {
      return { ...combineTallies(await selectTallied(filter)), filter };
    },

    async search(query, limit) {
      const terms = searchTerms(query);
      if (terms.length === 0 || limit <= 0) return { terms, contests: [], candidates: [] };
      const [contests, candidates] = (await db.batch([
        searchStatement(db, 'contest', terms, limit),
        searchStatement(db, 'candidate', terms, limit),
      ])) as D1Result<Record<string, unknown>>[];
      return {
        terms,
        contests: parseAll<ContestSummary>(contests?.results ?? [], 'summary'),
        candidates: parseAll<CandidateSummary>(candidates?.results ?? [], 'summary'),
      };
    },
  };
}

/**
 * The store over `db`, once its manifest (written last by the data build, in parts) is read and checked:
 * one round trip. A database without the tables or the manifest is an error value, not a throw.
 */
export async function openD1Store(db: D1Database): Promise<OpenedStore> {
  let parts: { text: string }[];
  try {
    parts = (
      await db
        .prepare("SELECT text FROM texts WHERE name = 'manifest-head' ORDER BY part")
        .all<{ text: string }>()
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
  if (parts.length === 0) {
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
    manifest = JSON.parse(parts.map((part) => part.text).join(''));
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
  return { ok: true, store: createD1Store(db, parsed.data) };
}
