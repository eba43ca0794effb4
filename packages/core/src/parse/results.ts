import type { ColumnReading, Reading, ResultRow, Totals } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { type Columns, findColumns, isWholeUnit } from './columns.js';
import { readCandidateName } from './names.js';
import {
  cellValue,
  dotGroupedValue,
  isCommaGrouped,
  isDotGrouped,
  isSpaceGrouped,
  NO_FIGURE,
  NOT_A_NUMBER,
} from './numbers.js';
import { alignRows } from './row-shape.js';
import { isTotalRow, type ReadTable, type Row } from './tables.js';
import { lastNonSpace } from './white-space.js';

export interface Results {
  unit: string | null;
  rows: ResultRow[];
  totals: Totals;
  reading: Omit<Reading, 'dates'>;
}

export type ResultsRead = { ok: true; results: Results } | { ok: false; error: ParseError };

const fail = (error: ParseError): ResultsRead => ({ ok: false, error });

/** More than half of a column's filled body cells read as numbers. */
function bodyNumeric(rows: Row[], i: number): boolean {
  let numeric = 0;
  let filled = 0;
  for (const r of rows) {
    const c = r.cells[i];
    if (c === undefined || c === '') continue;
    filled++;
    if (cellValue(c) !== NOT_A_NUMBER || isDotGrouped(c)) numeric++;
  }
  return filled > 0 && numeric * 2 > filled;
}

const clip = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

type Kind = 'count' | 'percent' | 'delegates';

interface ColumnRules {
  kind: Kind;
  label: string;
  /** Counted in whole numbers (votes), so a decimal is an error. */
  whole: boolean;
  /** Every count in the column is written with dots for thousands. */
  dotGrouped: boolean;
}

const cellError = (row: Row, col: number, code: ParseError['code'], message: string): ParseError => ({
  code,
  message,
  line: row.line,
  ...(row.columns[col] !== undefined ? { column: row.columns[col] } : {}),
});

/**
 * The line of each candidate id read so far: a list while the table is short (comparing a few ids
 * costs less than hashing each new one), a map past that.
 */
class CandidateLines {
  private ids: string[] = [];
  private lines: number[] = [];
  private map: Map<string, number> | null = null;

  get(id: string): number | undefined {
    if (this.map !== null) return this.map.get(id);
    for (let i = 0; i < this.ids.length; i++) if (this.ids[i] === id) return this.lines[i];
    return undefined;
  }

  set(id: string, line: number): void {
    if (this.map !== null) {
      this.map.set(id, line);
      return;
    }
    this.ids.push(id);
    this.lines.push(line);
    if (this.ids.length > 16)
      this.map = new Map(this.ids.map((known, i) => [known, this.lines[i] as number]));
  }
}

/** What a figure cell holds as written: null for no cell, or a blank one. */
function rawOf(row: Row, col: number): string | null {
  return col < 0 ? null : row.cells[col] || null;
}

/**
 * Reads one figure cell by its column's rules: its value (null for none), or what is wrong with it.
 * The cell as written is `rawOf(row, col)`.
 */
function figure(row: Row, col: number, rules: ColumnRules, isTotal: boolean): number | null | ParseError {
  if (col < 0) return null;
  const raw = row.cells[col] ?? '';
  if (rules.kind === 'count' && rules.dotGrouped && isDotGrouped(raw)) return dotGroupedValue(raw);
  const value = cellValue(raw);
  if (value === NOT_A_NUMBER) {
    const hint = isDotGrouped(raw)
      ? ' (dots as thousands separators are read only when every count in the column is written so)'
      : '';
    return cellError(
      row,
      col,
      'cell-not-numeric',
      `The ${rules.label} cell "${clip(raw)}" is not a number: expected digits with optional thousands separators and decimals${rules.kind === 'percent' ? ' and a % sign' : ''}, or a dash for none${hint}.`,
    );
  }
  if (value === NO_FIGURE) return null;
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
    return cellError(
      row,
      col,
      'figure-out-of-range',
      `The ${rules.label} cell "${clip(raw)}" is beyond 2^53 − 1 (${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}), the largest whole figure read exactly: expected a real count.`,
    );
  }
  if (rules.kind !== 'percent' && raw.charCodeAt(lastNonSpace(raw) - 1) === 0x25) {
    return cellError(
      row,
      col,
      'cell-not-numeric',
      `The ${rules.label} cell "${clip(raw)}" has a % sign in a column of ${rules.kind === 'count' ? 'counts' : 'delegates'}: expected a count, not a share.`,
    );
  }
  if (rules.whole && !Number.isInteger(value)) {
    return cellError(
      row,
      col,
      'count-not-whole',
      `The ${rules.label} cell "${clip(raw)}" is not a whole number, and ${rules.label} are counted whole: expected a count such as "5,366"${isDotGrouped(raw) ? ' (dots as thousands separators are read only when every count in the column is written so)' : ''}.`,
    );
  }
  if (rules.kind === 'percent' && !isTotal && value > 100) {
    return cellError(
      row,
      col,
      'figure-out-of-range',
      `The percent cell "${clip(raw)}" is over 100%: expected a share between 0 and 100.`,
    );
  }
  return value;
}

const isError = (f: number | null | ParseError): f is ParseError => typeof f === 'object' && f !== null;

/** True when every filled count in a column is dot-grouped or three digits at most, and one is grouped. */
function columnIsDotGrouped(rows: Row[], total: Row | undefined, col: number): boolean {
  let grouped = false;
  for (let i = 0; i <= rows.length; i++) {
    const row = i < rows.length ? rows[i] : total;
    if (row === undefined) break;
    const raw = row.cells[col] ?? '';
    if (isDotGrouped(raw)) grouped = true;
    else if (!isShortNumber(raw) && cellValue(raw) !== NO_FIGURE) return false;
  }
  return grouped;
}

/** One to three digits: what /^\d{1,3}$/ matches. */
function isShortNumber(raw: string): boolean {
  if (raw.length < 1 || raw.length > 3) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function thousandsOf(rows: Row[], col: number, dotGrouped: boolean): Reading['thousands'] {
  if (col < 0) return 'none';
  if (dotGrouped) return 'dot';
  if (rows.some((r) => isCommaGrouped(r.cells[col] ?? ''))) return 'comma';
  if (rows.some((r) => isSpaceGrouped(r.cells[col] ?? ''))) return 'space';
  return 'none';
}

/** What each column was read as: the roles found, figures not read, words, or nothing. */
function columnReadings(header: string[] | null, width: number, cols: Columns, rows: Row[]): ColumnReading[] {
  const out: ColumnReading[] = [];
  for (let i = 0; i < width; i++) {
    const role: ColumnReading['role'] =
      i === cols.name
        ? 'name'
        : i === cols.count
          ? 'count'
          : i === cols.percent
            ? 'percent'
            : i === cols.delegates
              ? 'delegates'
              : rows.every((r) => (r.cells[i] ?? '') === '')
                ? 'empty'
                : bodyNumeric(rows, i)
                  ? 'unread'
                  : 'text';
    out.push({ index: i, header: header ? (header[i] ?? null) : null, role });
  }
  return out;
}

/**
 * Without a header row, what the figures say: a column with `%` signs, or whose figures add up to 100
 * within their rounding while the count column does not, is the percent; the first other column of
 * figures is the count; any further one is left unread (a finding names it).
 */
function columnsWithoutHeader(rows: Row[], total: Row | undefined, width: number): Columns {
  const cols = findColumns(null, width, (i) => bodyNumeric(rows, i));
  cols.count = -1;
  cols.unit = null;
  const numeric = [...Array(width).keys()].filter((i) => i !== cols.name && bodyNumeric(rows, i));
  const percentLike = (i: number) => {
    if (rows.some((r) => (r.cells[i] ?? '').trimEnd().endsWith('%'))) return true;
    if (total && /^100(?:\.0+)?\s*%?$/.test(total.cells[i] ?? '')) return true;
    let sum = 0;
    let slack = 0;
    for (const r of rows) {
      const value = cellValue(r.cells[i] ?? '');
      if (value < 0) continue;
      sum += value;
      const dot = (r.cells[i] ?? '').indexOf('.');
      slack += 0.5 * 10 ** -(dot < 0 ? 0 : (r.cells[i] ?? '').length - dot - 1);
    }
    return Math.abs(sum - 100) <= slack + 1e-9;
  };
  for (const i of numeric) {
    if (cols.percent < 0 && percentLike(i)) cols.percent = i;
    else if (cols.count < 0) {
      cols.count = i;
      cols.unit = 'votes';
    }
  }
  return cols;
}

/**
 * Reads the results table: the rows above its first Total row, in table order, and the Total row.
 * Columns come from the header's words (or, without a header, from what the figures are); a table may
 * lack delegates, or counts, but not both figures. Rows are aligned to the columns or refused, never
 * shifted; every figure column not read and every Total row is kept for the audit.
 */
export function readResults(read: ReadTable, totalAt = read.body.findIndex(isTotalRow)): ResultsRead {
  const headerLine = read.header?.line ?? read.table.line;
  const aligned = alignRows(read.header, read.body, totalAt);
  if (!aligned.ok) return fail(aligned.error);
  const { header, body, width } = aligned;
  const rows = body.slice(0, totalAt < 0 ? body.length : totalAt);
  const total = totalAt < 0 ? undefined : body[totalAt];
  const cols: Columns = header
    ? findColumns(header, width, (i) => bodyNumeric(rows, i))
    : columnsWithoutHeader(rows, total, width);
  if (cols.name < 0) {
    return fail({
      code: 'column-missing',
      message:
        'The results table has no candidate column: expected a header such as "Candidate" or a column of names.',
      line: headerLine,
    });
  }
  if (cols.count < 0 && cols.percent < 0) {
    return fail({
      code: 'column-missing',
      message: `The results table has no column of figures: expected a header such as "Votes", "Popular vote", "State delegate equivalents" or "%"${header ? `; found ${header.map((c) => `"${c}"`).join(', ')}` : ''}.`,
      line: headerLine,
    });
  }
  const needed = Math.max(cols.name, cols.count, cols.percent, cols.delegates) + 1;
  const last = read.body[read.body.length - 1];
  for (let i = 0; i <= rows.length; i++) {
    const row = i < rows.length ? (rows[i] as Row) : total;
    if (row === undefined) break;
    if (row.cells.length < needed) {
      const original = read.body.find((r) => r.line === row.line);
      if (original && !original.closed && original === last) {
        return fail({
          code: 'table-truncated',
          message: `The results table is cut off at this row: expected ${needed} cells, found ${row.cells.length} and no closing "|".`,
          line: row.line,
        });
      }
      return fail({
        code: 'row-cells-mismatch',
        message: `This row has ${row.cells.length} cells where the table's columns need ${needed}: expected one cell per column (the row is refused rather than read into the wrong columns).`,
        line: row.line,
      });
    }
  }
  const unit = cols.count >= 0 ? cols.unit : null;
  const whole = unit !== null && isWholeUnit(unit);
  const dotGrouped = cols.count >= 0 && whole && columnIsDotGrouped(rows, total, cols.count);
  const countRules: ColumnRules = { kind: 'count', label: unit ?? 'count', whole, dotGrouped };
  const percentRules: ColumnRules = { kind: 'percent', label: 'percent', whole: false, dotGrouped: false };
  const delegateRules: ColumnRules = {
    kind: 'delegates',
    label: 'delegates',
    whole: false,
    dotGrouped: false,
  };

  const out: ResultRow[] = [];
  const seen = new CandidateLines();
  for (const row of rows) {
    const nameCell = row.cells[cols.name] ?? '';
    const name = readCandidateName(nameCell);
    const votes = figure(row, cols.count, countRules, false);
    if (isError(votes)) return fail(votes);
    const percent = figure(row, cols.percent, percentRules, false);
    if (isError(percent)) return fail(percent);
    const delegates = figure(row, cols.delegates, delegateRules, false);
    if (isError(delegates)) return fail(delegates);
    const raw = {
      votes: rawOf(row, cols.count),
      percent: rawOf(row, cols.percent),
      delegates: rawOf(row, cols.delegates),
    };
    if (name === null) {
      if (raw.votes === null && raw.percent === null && raw.delegates === null) continue;
      return fail({
        code: 'candidate-missing',
        message:
          'This results row has figures but no candidate name: expected a name in the candidate column.',
        line: row.line,
        ...(row.columns[cols.name] !== undefined ? { column: row.columns[cols.name] } : {}),
      });
    }
    const before = seen.get(name.candidateId);
    if (before !== undefined) {
      return fail({
        code: 'candidate-duplicate',
        message: `"${name.candidate}" is listed twice in the results table (lines ${before} and ${row.line}): expected one row per candidate.`,
        line: row.line,
      });
    }
    seen.set(name.candidateId, row.line);
    out.push({
      candidate: name.candidate,
      candidateId: name.candidateId,
      withdrawn: name.withdrawn,
      kind: name.kind,
      votes,
      percent,
      delegates,
      raw,
      line: row.line,
    });
  }
  if (out.length === 0) {
    return fail({
      code: 'results-table-missing',
      message:
        'The results table has a Total row but no candidate rows above it: expected one row per candidate.',
      line: total?.line ?? read.table.line,
    });
  }
  if (!total) {
    return fail({
      code: 'table-truncated',
      message: 'The results table ends without its Total row: expected a row named "Total" or "Totals".',
      line: read.table.endLine,
    });
  }
  const totalRows: Totals[] = [];
  const rowsAfterTotal: Row[] = [];
  for (let at = totalAt; at < body.length; at++) {
    const row = body[at] as Row;
    if (!isTotalRow(row)) {
      if (row.cells.some((c, i) => i !== cols.name && cellValue(c) >= 0)) rowsAfterTotal.push(row);
      continue;
    }
    // A later Total row shorter than the columns it would fill is kept as its cells allow.
    const countAt = row.cells.length > cols.count ? cols.count : -1;
    const percentAt = row.cells.length > cols.percent ? cols.percent : -1;
    const delegatesAt = row.cells.length > cols.delegates ? cols.delegates : -1;
    const votes = figure(row, countAt, countRules, true);
    if (isError(votes)) return fail(votes);
    const percent = figure(row, percentAt, percentRules, true);
    if (isError(percent)) return fail(percent);
    const delegates = figure(row, delegatesAt, delegateRules, true);
    if (isError(delegates)) return fail(delegates);
    totalRows.push({
      votes,
      percent,
      delegates,
      raw: {
        votes: rawOf(row, countAt),
        percent: rawOf(row, percentAt),
        delegates: rawOf(row, delegatesAt),
      },
      line: row.line,
    });
  }
  return {
    ok: true,
    results: {
      unit,
      rows: out,
      totals: totalRows[0] as Totals,
      reading: {
        header: header ? headerLine : null,
        columns: columnReadings(header, width, cols, rows),
        thousands: thousandsOf(rows, cols.count, dotGrouped),
        totalRows,
        rowsAfterTotal: rowsAfterTotal.map((r) => ({ cells: r.cells, line: r.line })),
      },
    },
  };
}
