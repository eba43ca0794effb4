import { readNumber } from '../parse/numbers.js';
import type { ParseError } from '../schema/parse-error.js';
import type { Columns } from './header.js';
import { isNoDistrict, isPresidentialOffice } from './office.js';
import { readParty } from './parties.js';

/** A row of the presidential race, as read (the party label not yet resolved). */
export interface PresidentRow {
  line: number;
  office: string;
  /** The district cell, or '' for none (`NA`, blank). */
  district: string;
  partyLabel: string;
  /** The unit cells, coarsest first, trimmed. */
  units: string[];
  candidate: string;
  /** Null for a blank cell. */
  votes: number | null;
  /** The votes were written with a decimal point (`163.0`). */
  decimal: boolean;
  /** The row's cells after `from` stood one column to the right (+1) or left (-1) of their header. */
  shift: { from: number; by: 1 | -1 } | null;
  /** The party label was blank and is the row above's (a Total row closing a party's rows of the unit). */
  partyFromAbove: boolean;
}

type Cell = { kind: 'number'; value: number; decimal: boolean } | { kind: 'none' } | { kind: 'invalid' };

function readVotes(cell: string | undefined): Cell {
  if (cell === undefined) return { kind: 'none' };
  const read = readNumber(cell.trim());
  if (read.kind !== 'number') return read;
  // A count past 2^53 is not a count of votes (and sums of it would not be exact).
  if (!Number.isSafeInteger(Math.round(read.value))) return { kind: 'invalid' };
  return { kind: 'number', value: read.value, decimal: cell.includes('.') };
}

function votesOf(cells: readonly string[], columns: Columns, at: (index: number) => number): Cell {
  if (columns.votes >= 0) return readVotes(cells[at(columns.votes)]);
  let total = 0;
  let any = false;
  let decimal = false;
  for (const index of columns.breakdowns) {
    const cell = readVotes(cells[at(index)]);
    if (cell.kind === 'invalid') return cell;
    if (cell.kind === 'number') {
      total += cell.value;
      any = true;
      decimal ||= cell.decimal;
    }
  }
  return any ? { kind: 'number', value: total, decimal } : { kind: 'none' };
}

/**
 * Reads a record as a presidential row: null when its office is another one (its cells are not
 * checked). A votes cell that is not a number is read again with the cells from some column on
 * shifted by one (an extra or a missing cell); the reading that gives a number (or a blank) and a
 * known party label wins. Else an error names the cell.
 */
export function readPresidentRow(
  cells: readonly string[],
  line: number,
  columns: Columns,
  officeOfFile: string | null,
): { row: PresidentRow | null } | { error: ParseError } {
  const office = columns.office >= 0 ? (cells[columns.office] ?? '').trim() : (officeOfFile ?? '');
  if (!isPresidentialOffice(office)) return { row: null };
  const plain = (index: number) => index;
  let shift: PresidentRow['shift'] = null;
  let at: (index: number) => number = plain;
  let votes = votesOf(cells, columns, plain);
  const partyInPlace = columns.party >= 0 && readParty(cells[columns.party] ?? '').kind === 'party';
  // A row not as wide as the header whose party cell holds no party may be shifted too (a missing cell).
  const misplaced =
    cells.length !== columns.width &&
    columns.party >= 0 &&
    !partyInPlace &&
    (cells[columns.party] ?? '').trim() !== '';
  if (votes.kind === 'invalid' || misplaced) {
    // A shift must show: the party cell reads as a party only once shifted, or the row is not as wide as
    // the header. A bad cell in a row that is otherwise in place stays an error.
    const last = Math.max(columns.votes, ...columns.breakdowns);
    let fallback: { shift: NonNullable<PresidentRow['shift']>; votes: Cell } | null = null;
    search: for (let from = last; from > 0; from--) {
      for (const by of [1, -1] as const) {
        const moved = (index: number) => (index >= from ? index + by : index);
        const read = votesOf(cells, columns, moved);
        if (read.kind === 'invalid') continue;
        const party = columns.party >= 0 ? readParty(cells[moved(columns.party)] ?? '') : { kind: 'none' };
        if (party.kind === 'party' && !partyInPlace) {
          shift = { from, by };
          votes = read;
          break search;
        }
        if (cells.length !== columns.width && votes.kind === 'invalid')
          fallback ??= { shift: { from, by }, votes: read };
      }
    }
    if (shift === null && fallback) {
      shift = fallback.shift;
      votes = fallback.votes;
    }
    if (shift === null && votes.kind === 'invalid') {
      const index = columns.votes >= 0 ? columns.votes : (columns.breakdowns[0] as number);
      const text = cells[index] ?? '';
      return {
        error: {
          code: 'cell-not-numeric',
          message: `The votes cell "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a number, nor is any cell near it: expected a count such as 1234 or 1,234 (a blank cell means none).`,
          line,
          column: index + 1,
        },
      };
    }
    if (shift !== null) {
      const { from, by } = shift;
      at = (index: number) => (index >= from ? index + by : index);
    }
  }
  const cell = (index: number) => (index >= 0 ? (cells[at(index)] ?? '').trim() : '');
  const district = cell(columns.district);
  return {
    row: {
      line,
      office,
      district: isNoDistrict(district) ? '' : district,
      partyLabel: cell(columns.party),
      units: columns.units.map((unit) => cell(unit.index)),
      candidate: cell(columns.candidate),
      votes: votes.kind === 'number' ? votes.value : null,
      decimal: votes.kind === 'number' && votes.decimal,
      shift,
      partyFromAbove: false,
    },
  };
}

/**
 * A Total row with no party right after a party's rows of the same office and unit totals those rows: it
 * takes their party (Texas files close each party's block of a county with such a row).
 */
export function takePartyFromAbove(row: PresidentRow, above: PresidentRow | null, isTotal: boolean): void {
  if (row.partyLabel !== '' || !isTotal || !above || above.partyLabel === '') return;
  if (above.office !== row.office || above.district !== row.district) return;
  if (above.units.length !== row.units.length || above.units.some((cell, i) => cell !== row.units[i])) return;
  row.partyLabel = above.partyLabel;
  row.partyFromAbove = true;
}
