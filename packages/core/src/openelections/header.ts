import type { UnitType } from '../schema/unit.js';

/** A column naming a reporting unit, and the kind of unit it names. */
export interface UnitColumn {
  index: number;
  type: UnitType | 'county-equivalent';
  header: string;
}

/** Where each column the reader uses stands; -1 where the file has none. */
export interface Columns {
  /** Unit columns, coarsest first (county, town, ward, precinct). */
  units: UnitColumn[];
  office: number;
  district: number;
  party: number;
  candidate: number;
  votes: number;
  /** Vote-type columns (election day, absentee, ...), added up when there is no votes column. */
  breakdowns: number[];
  /** How many cells the header has. */
  width: number;
}

/** A header cell in a comparable form: lower case, spaces and hyphens as underscores. */
function headerKey(cell: string): string {
  let out = '';
  for (const char of cell.trim().toLowerCase()) out += char === ' ' || char === '-' ? '_' : char;
  return out;
}

/** Unit columns by header, with their rank from coarse (0) to fine. */
const UNIT_HEADERS: ReadonlyMap<string, [UnitType | 'county-equivalent', number]> = new Map([
  ['county', ['county-equivalent', 0]],
  ['county_name', ['county-equivalent', 0]],
  ['parish', ['parish', 0]],
  ['borough', ['borough', 0]],
  ['jurisdiction', ['election-authority', 0]],
  ['election_authority', ['election-authority', 0]],
  ['town', ['town', 1]],
  ['township', ['town', 1]],
  ['municipality', ['town', 1]],
  ['city', ['city', 1]],
  ['city_town', ['town', 1]],
  ['ward', ['ward', 2]],
  ['precinct', ['precinct', 3]],
  ['precinct_name', ['precinct', 3]],
  ['election_district', ['election-district', 3]],
]);

const OFFICE = new Set(['office', 'race', 'contest', 'office_name']);
const DISTRICT = new Set(['district', 'dist', 'district_number']);
const PARTY = new Set(['party', 'party_name', 'party_code']);
const CANDIDATE = new Set(['candidate', 'candidate_name', 'name']);
const VOTES = new Set(['votes', 'vote', 'total_votes', 'votes_total', 'vote_total']);
const BREAKDOWNS = new Set([
  'election_day',
  'absentee',
  'early_voting',
  'early',
  'provisional',
  'mail',
  'by_mail',
  'in_person',
]);

/** Reads the header row: null when it names no candidate column or no votes column. */
export function readHeader(cells: readonly string[]): Columns | null {
  const keys = cells.map(headerKey);
  const find = (names: ReadonlySet<string>) => keys.findIndex((key) => names.has(key));
  const units = keys
    .map((key, index) => {
      const known = UNIT_HEADERS.get(key);
      return known ? { index, type: known[0], header: cells[index] as string, rank: known[1] } : null;
    })
    .filter((unit) => unit !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ index, type, header }) => ({ index, type, header }));
  const breakdowns = keys.flatMap((key, index) => (BREAKDOWNS.has(key) ? [index] : []));
  const columns: Columns = {
    units,
    office: find(OFFICE),
    district: find(DISTRICT),
    party: find(PARTY),
    candidate: find(CANDIDATE),
    votes: find(VOTES),
    breakdowns,
    width: cells.length,
  };
  if (columns.candidate < 0 || (columns.votes < 0 && breakdowns.length === 0)) return null;
  return columns;
}
