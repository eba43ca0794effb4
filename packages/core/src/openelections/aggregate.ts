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

/** Folds presidential rows into groups by office label and party label, one row at a time. */
export class Aggregate {
  readonly groups = new Map<string, Group>();

  constructor(private readonly fineColumns: boolean) {}

  add(row: PresidentRow): void {
    const id = `${row.office}\u0000${row.partyLabel}`;
    let group = this.groups.get(id);
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
      this.groups.set(id, group);
    }
    group.rows++;
    group.lastLine = row.line;
    if (row.district !== '') group.districts.add(row.district);
    if (row.shift) group.shifted.push(row.line);
    if (row.votes === null) group.blank.push(row.line);
    if (row.decimal) group.decimal.push(row.line);
    if (row.partyFromAbove) group.fromAbove.push(row.line);
    const [coarse = '', ...fine] = row.units;
    if (coarse === '' || isTotalPlace(coarse)) {
      add(group.state, row.candidate, row);
      return;
    }
    if (this.fineColumns && (fine.every((cell) => cell === '') || fine.some(isTotalPlace))) {
      add(
        entry(group.coarse, coarse, () => new Map()),
        row.candidate,
        row,
      );
      return;
    }
    const key = `${row.units.join('\u0001')}\u0002${row.district}`;
    const occurrences = entry(group.leaves, key, (): Leaf[] => []);
    let leaf = occurrences.find((o) => !o.names.has(row.candidate));
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
