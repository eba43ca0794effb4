/** A table of the D1 database: its columns in insert order, the columns that name one row, its DDL. */
export type TableSpec = {
  name: string;
  columns: readonly string[];
  key: readonly string[];
  create: string;
  indexes: readonly string[];
};

/**
 * Contests in the API's order (`pos`: by date, undated last, then id), with the columns the filters read,
 * folded as the API folds a query (`*_key`), and the summary a list sends.
 */
export const CONTESTS: TableSpec = {
  name: 'contests',
  columns: [
    'pos',
    'id',
    'race_id',
    'year',
    'type',
    'state_code_key',
    'state_key',
    'party_key',
    'date',
    'summary',
  ],
  key: ['pos'],
  create:
    'CREATE TABLE contests (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, race_id TEXT NOT NULL, year INTEGER NOT NULL, ' +
    'type TEXT NOT NULL, state_code_key TEXT NOT NULL, state_key TEXT NOT NULL, party_key TEXT NOT NULL, ' +
    'date TEXT, summary TEXT NOT NULL)',
  // Each index also holds `pos` (the rowid), so a filter on one column reads its rows already in order.
  indexes: [
    'CREATE INDEX contests_race ON contests (race_id)',
    'CREATE INDEX contests_year ON contests (year)',
    'CREATE INDEX contests_type ON contests (type)',
    'CREATE INDEX contests_state_code ON contests (state_code_key)',
    'CREATE INDEX contests_state ON contests (state_key)',
    'CREATE INDEX contests_party ON contests (party_key)',
    'CREATE INDEX contests_date ON contests (date)',
  ],
};

/** What a contest lookup sends, as JSON text: the contest, its tally and its delegate model. */
export const CONTEST_RECORDS: TableSpec = {
  name: 'contest_records',
  columns: ['pos', 'contest', 'tally', 'delegate_model'],
  key: ['pos'],
  create:
    'CREATE TABLE contest_records (pos INTEGER PRIMARY KEY, contest TEXT NOT NULL, tally TEXT NOT NULL, ' +
    'delegate_model TEXT NOT NULL)',
  indexes: [],
};

/**
 * Every reporting unit of every contest, precincts too (the JSON ships the coarsest only), in the contest's
 * order (`n`), with the columns the API's unit filters read: the type, and the name folded as the API folds a
 * query (`name_key`); `parent` finds the units inside one. `unit` is the unit's JSON.
 */
export const UNITS: TableSpec = {
  name: 'units',
  columns: ['contest_pos', 'n', 'id', 'type', 'name_key', 'parent', 'unit'],
  key: ['contest_pos', 'n'],
  create:
    'CREATE TABLE units (contest_pos INTEGER NOT NULL, n INTEGER NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, ' +
    'name_key TEXT NOT NULL, parent TEXT, unit TEXT NOT NULL, PRIMARY KEY (contest_pos, n)) WITHOUT ROWID',
  indexes: [
    'CREATE UNIQUE INDEX units_id ON units (contest_pos, id)',
    'CREATE INDEX units_parent ON units (contest_pos, parent)',
  ],
};

/** Candidates in the data package's order (by id), each with their races' totals but not their results. */
export const CANDIDATES: TableSpec = {
  name: 'candidates',
  columns: ['pos', 'id', 'summary'],
  key: ['pos'],
  create: 'CREATE TABLE candidates (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, summary TEXT NOT NULL)',
  indexes: [],
};

/**
 * Each candidate's result in each contest (`n`: the order of their races, then of each race's `contests`), as JSON text,
 * with the contest's `pos` (null if the contest is not in the database) to join its summary.
 */
export const CANDIDATE_RESULTS: TableSpec = {
  name: 'candidate_results',
  columns: ['candidate_pos', 'n', 'contest_pos', 'result'],
  key: ['candidate_pos', 'n'],
  create:
    'CREATE TABLE candidate_results (candidate_pos INTEGER NOT NULL, n INTEGER NOT NULL, contest_pos INTEGER, ' +
    'result TEXT NOT NULL, PRIMARY KEY (candidate_pos, n)) WITHOUT ROWID',
  indexes: [],
};

/**
 * The search index: for each contest and candidate (`entity`: its `pos`), every name's terms from each
 * term on (`key`), where that is (`start`) and how many terms the name has (`length`). Clustered by
 * kind and key, so a prefix is one range read: `kind = ? AND key >= ? AND key < ?`.
 */
export const SEARCH_KEYS: TableSpec = {
  name: 'search_keys',
  columns: ['kind', 'key', 'start', 'length', 'entity'],
  key: ['kind', 'key', 'start', 'entity'],
  create:
    'CREATE TABLE search_keys (kind TEXT NOT NULL, key TEXT NOT NULL, start INTEGER NOT NULL, ' +
    'length INTEGER NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY (kind, key, start, entity)) WITHOUT ROWID',
  indexes: [],
};

/** Long texts (the race metadata, the manifest) in parts, since one D1 row holds at most 2 MB. The manifest is written last. */
export const TEXTS: TableSpec = {
  name: 'texts',
  columns: ['name', 'part', 'text'],
  key: ['name', 'part'],
  create:
    'CREATE TABLE texts (name TEXT NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, ' +
    'PRIMARY KEY (name, part)) WITHOUT ROWID',
  indexes: [],
};

export const TABLES: readonly TableSpec[] = [
  CONTESTS,
  CONTEST_RECORDS,
  UNITS,
  CANDIDATES,
  CANDIDATE_RESULTS,
  SEARCH_KEYS,
  TEXTS,
];

/** Drops any previous tables (the texts first, so a half-replaced database has no manifest), then creates them. */
export function schemaStatements(): string[] {
  return [
    ...[...TABLES].reverse().map((table) => `DROP TABLE IF EXISTS ${table.name}`),
    ...TABLES.flatMap((table) => [table.create, ...table.indexes]),
  ];
}
