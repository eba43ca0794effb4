import type { ParseError } from '../schema/parse-error.js';
import { classifyHeader } from './columns.js';
import { isTotalRow, type Row } from './tables.js';

export type Aligned =
  | { ok: true; header: string[] | null; body: Row[]; width: number }
  | { ok: false; error: ParseError };

/** The row read with `||` as one separator. */
const asInline = (row: Row): Row =>
  row.inline ? { ...row, cells: row.inline.cells, columns: row.inline.columns, inline: null } : row;

const allEmpty = (cells: string[]) => cells.every((c) => c === '');

/** The header's cells: the inline reading when the header is written `| A || B || C`, trailing blanks cut. */
function headerCells(header: Row): string[] {
  const cells = header.inline && !header.inline.cells.includes('') ? header.inline.cells : header.cells;
  let end = cells.length;
  while (end > 1 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** The width most rows have (the first such on a tie). */
function commonWidth(widths: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const w of widths) {
    const n = (counts.get(w) ?? 0) + 1;
    counts.set(w, n);
    if (n > bestCount) {
      best = w;
      bestCount = n;
    }
  }
  return best;
}

/** The row with `k` cells cut at the start or the end. */
function cut(row: Row, from: number, to: number): Row {
  return { ...row, cells: row.cells.slice(from, to), columns: row.columns.slice(from, to) };
}

const mismatch = (row: Row, width: number, why: string): ParseError => ({
  code: 'row-cells-mismatch',
  message: `This row has ${row.cells.length} cells where the table has ${width} columns${why}: expected one cell per column (the row is refused rather than read into the wrong columns).`,
  line: row.line,
});

/** True when a header cell names a column of words (or nothing): one a Total label may span. */
function spannable(cell: string | undefined): boolean {
  if (cell === undefined) return false;
  const role = classifyHeader(cell);
  return role === null || role === 'name';
}

/**
 * Fits one row to the table's width, or refuses it: extra cells are dropped only when they are empty and
 * all at the end or all at the start (a stray separator, a colour swatch) and only one of those reads
 * the row; a Total row short of the width by the columns its label spans (a blank colour column and the
 * name column, under a header that labels no figure there) gets blank cells after the label. Any other
 * row of another width is returned as it is, for the reader to judge by the columns it needs.
 */
function fit(row: Row, width: number, head: string[] | null): Row | ParseError {
  const n = row.cells.length;
  if (n === width) return row;
  if (n > width) {
    const k = n - width;
    const trailing = allEmpty(row.cells.slice(width));
    const leading = allEmpty(row.cells.slice(0, k));
    if (trailing && leading && !allEmpty(row.cells)) {
      return mismatch(
        row,
        width,
        ', and its blank cells at either end leave it unclear which column each figure is in',
      );
    }
    if (trailing) return cut(row, 0, width);
    if (leading) return cut(row, k, n);
    return mismatch(row, width, ' and the extra cells are not blank');
  }
  const pad = width - n;
  const spans = head?.slice(0, pad + 1).every(spannable) === true;
  if (spans && n > 0 && isTotalRow({ ...row, cells: [row.cells[0] as string] })) {
    return {
      ...row,
      cells: [row.cells[0] as string, ...Array<string>(pad).fill(''), ...row.cells.slice(1)],
      columns: [
        row.columns[0] as number,
        ...Array<number>(pad).fill(row.columns[1] ?? row.columns[0] ?? 1),
        ...row.columns.slice(1),
      ],
    };
  }
  return row;
}

/**
 * Brings the results table's rows to one width: each row in the reading (`|` or `||` separators) that
 * matches the header; a header that spans a blank first column (a colour swatch) or lacks labels for
 * extra columns every row has is widened to them; then each row is fitted (see `fit`). Rows of the
 * results (above the first Total row, and Total rows) that cannot be fitted are refused with their line.
 */
export function alignRows(header: Row | null, body: Row[], totalAt: number): Aligned {
  let head = header ? headerCells(header) : null;
  const candidates = body.slice(0, totalAt < 0 ? body.length : totalAt).filter((r) => !allEmpty(r.cells));
  let width: number;
  let rows: Row[];
  if (head) {
    const w = head.length;
    rows = body.map((r) =>
      r.cells.length !== w && r.inline && r.inline.cells.length === w ? asInline(r) : r,
    );
    const picked = rows.slice(0, totalAt < 0 ? rows.length : totalAt).filter((r) => !allEmpty(r.cells));
    const widths = new Set(picked.map((r) => r.cells.length));
    const only = picked[0]?.cells.length ?? w;
    if (widths.size === 1 && only > w) {
      const k = only - w;
      if (picked.every((r) => allEmpty(r.cells.slice(0, k)))) head = [...Array<string>(k).fill(''), ...head];
      else if (!picked.every((r) => allEmpty(r.cells.slice(w))))
        head = [...head, ...Array<string>(k).fill('')];
    }
    width = head.length;
  } else {
    // Without a header, the width the rows agree on, each read inline where it has `||` separators.
    width = commonWidth(candidates.map((r) => (r.inline ? r.inline.cells.length : r.cells.length)));
    rows = body.map((r) => (r.cells.length !== width && r.inline?.cells.length === width ? asInline(r) : r));
  }
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const counts = i <= totalAt || totalAt < 0 || isTotalRow(row);
    const fitted = fit(row, width, head);
    if ('code' in fitted) {
      if (counts && !allEmpty(row.cells)) return { ok: false, error: fitted };
      out.push(row);
    } else {
      out.push(fitted);
    }
  }
  return { ok: true, header: head, body: out, width };
}
