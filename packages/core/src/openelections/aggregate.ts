import { entry } from './entry.js';
import { memo } from './memo.js';
import type { PresidentRow } from './read-rows.js';
import { wordsOf } from './words.js';

/** The votes of one name in one place, summed over its rows. */
export interface Figure {
  votes: number;
  /** Every row left the cell blank. */
  blank: boolean;
  lines: number[];
}

/** The rows of one unit at the finest level the file gives (a precinct, or a county in a county file). */
export interface Leaf {
  /** The unit cells, coarsest first. */
  cells: string[];
  district: string;
  /** 0 for the first unit of these cells; 1 and up when the file names another unit the same way. */
  occurrence: number;
  names: Map<string, Figure>;
  lines: number[];
}

/** The rows of one office label and one party label. */
export interface Group {
  office: string;
  partyLabel: string;
  leaves: Map<string, Leaf[]>;
  /** Rows for the whole state: a blank unit or a `Totals` one, by name. */
  state: Map<string, Figure>;
  /** Rows for a coarse unit alone (blank or `Total` finer cells), by unit then name. */
  coarse: Map<string, Map<string, Figure>>;
  districts: Set<string>;
  rows: number;
  firstLine: number;
  lastLine: number;
  shifted: number[];
  blank: number[];
  decimal: number[];
  /** Total rows with no party read as the party of the rows above them. */
  fromAbove: number[];
}

const TOTAL_PLACES = new Set(['total', 'totals', 'state total', 'statewide', 'grand total', 'all', 'state']);

/** A unit cell that names the whole rather than a place: `Totals`, `TOTAL`, `County Total`. */
export const isTotalPlace = memo(totalPlace);

function totalPlace(cell: string): boolean {
  const words = wordsOf(cell);
  return (
    TOTAL_PLACES.has(words.join(' ')) ||
    words[words.length - 1] === 'total' ||
    words[words.length - 1] === 'totals'
  );
}

function add(figures: Map<string, Figure>, name: string, row: PresidentRow): void {
  const figure = figures.get(name);
  if (figure) {
    figure.votes += row.votes ?? 0;
    figure.blank &&= row.votes === null;
    figure.lines.push(row.line);
  } else figures.set(name, { votes: row.votes ?? 0, blank: row.votes === null, lines: [row.line] });
}

/** The finer unit cells are all blank, or one of them is a total (`Kent,Total`): a row for the coarse unit alone. */
function coarseOnly(units: readonly string[]): boolean {
  let blank = true;
  for (let i = 1; i < units.length; i++) {
    const cell = units[i] as string;
    if (cell !== '') {
      blank = false;
      if (isTotalPlace(cell)) return true;
    }
  }
  return blank;
}

/** Folds presidential rows into groups by office label and party label, one row at a time. */
export class Aggregate {
  readonly groups = new Map<string, Group>();
  /** Groups by office, then party label: no key string is built per row. */
  private readonly byOffice = new Map<string, Map<string, Group>>();

  constructor(private readonly fineColumns: boolean) {}

  add(row: PresidentRow): void {
    const parties = entry(this.byOffice, row.office, () => new Map<string, Group>());
    let group = parties.get(row.partyLabel);
    if (!group) {
      group = {
        office: row.office,
        partyLabel: row.partyLabel,
        leaves: new Map(),
        state: new Map(),
        coarse: new Map(),
        districts: new Set(),
        rows: 0,
        firstLine: row.line,
        lastLine: row.line,
        shifted: [],
        blank: [],
        decimal: [],
        fromAbove: [],
      };
      parties.set(row.partyLabel, group);
      this.groups.set(`${row.office}\u0000${row.partyLabel}`, group);
    }
    group.rows++;
    group.lastLine = row.line;
    if (row.district !== '') group.districts.add(row.district);
    if (row.shift) group.shifted.push(row.line);
    if (row.votes === null) group.blank.push(row.line);
    if (row.decimal) group.decimal.push(row.line);
    if (row.partyFromAbove) group.fromAbove.push(row.line);
    const units = row.units;
    const coarse = units[0] ?? '';
    if (coarse === '' || isTotalPlace(coarse)) {
      add(group.state, row.candidate, row);
      return;
    }
    if (this.fineColumns && coarseOnly(units)) {
      add(
        entry(group.coarse, coarse, () => new Map()),
        row.candidate,
        row,
      );
      return;
    }
    let key = units[0] as string;
    for (let i = 1; i < units.length; i++) key += `\u0001${units[i]}`;
    key += `\u0002${row.district}`;
    let occurrences = group.leaves.get(key);
    if (occurrences === undefined) {
      occurrences = [];
      group.leaves.set(key, occurrences);
    }
    let leaf: Leaf | undefined;
    for (const o of occurrences) {
      if (!o.names.has(row.candidate)) {
        leaf = o;
        break;
      }
    }
    if (!leaf) {
      leaf = {
        cells: row.units,
        district: row.district,
        occurrence: occurrences.length,
        names: new Map(),
        lines: [],
      };
      occurrences.push(leaf);
    }
    leaf.lines.push(row.line);
    add(leaf.names, row.candidate, row);
  }
}
