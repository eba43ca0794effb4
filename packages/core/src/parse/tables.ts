import type { Table } from '../schema/contest.js';
import type { SourceLine } from './lines.js';
import { isPlain, stripMarkup } from './markup.js';
import { isNumeric } from './numbers.js';
import type { RawTable } from './structure.js';
import { captionText } from './structure.js';
import { firstNonSpace, isBlank, lastNonSpace } from './white-space.js';

/** A table row as cells (markup stripped) plus where each cell starts in its line (1-based column). */
export interface Row {
  cells: string[];
  columns: number[];
  line: number;
  /** False when the line does not end with its closing pipe. */
  closed: boolean;
  /**
   * The row read with `||` as one separator, as MediaWiki writes inline cells (`| Kerry || 5,366`), when
   * the line has `||` with nothing between; null otherwise. Which reading fits is the table's call.
   */
  inline: { cells: string[]; columns: number[] } | null;
}

/**
 * Where the next cell separator at or after `from` stands: a `|` outside `[[...]]` links and `{{...}}`
 * templates (whose pipes separate their own parts), or -1.
 */
function nextBar(text: string, from: number, nested: boolean): number {
  if (!nested) return text.indexOf('|', from);
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x5b || c === 0x7b) && text.charCodeAt(i + 1) === c) {
      depth++;
      i++;
    } else if ((c === 0x5d || c === 0x7d) && text.charCodeAt(i + 1) === c && depth > 0) {
      depth--;
      i++;
    } else if (c === 0x7c && depth === 0) {
      return i;
    }
  }
  return -1;
}

const ATTRIBUTES =
  /^(?:style|class|align|valign|bgcolor|width|height|rowspan|colspan|scope|data-sort-value|data-sort-type|nowrap) *=/i;

/** The first letters (in lower case) of the attribute names ATTRIBUTES reads. */
const ATTRIBUTE_INITIALS = new Set([...'scavbwhrdn'].map((c) => c.charCodeAt(0)));

/** Whether a cell starting with this code unit may be attributes: only ASCII letters match ATTRIBUTES' names. */
function startsAttribute(code: number): boolean {
  return code < 0x80 && ATTRIBUTE_INITIALS.has(code | 0x20);
}

/** Whether `text[from, to)` holds an `=`: a cell without one cannot be MediaWiki attributes. */
function hasEquals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3d) return true;
  return false;
}

/** Splits `| a | b | c |` into its cells, keeping each cell's column for error messages. */
export function splitRow(line: SourceLine): Row {
  // A MediaWiki header line (`! Candidate !! Votes`) separates its cells with `!!`.
  const text = line.text.charCodeAt(firstNonSpace(line.text)) === 0x21 ? headerAsPipes(line.text) : line.text;
  const nested = text.includes('[[') || text.includes('{{');
  const start = text.indexOf('|');
  // One cell per bar after the first, and one more when the line does not end with a bar (a line that
  // does ends with a blank, which is no cell): the usual row has exactly that many, so its arrays are
  // made to size (an array grown by push keeps room for 17; cutting one to length costs a runtime call).
  // Links, templates and attributes can only make fewer, and then the arrays are cut.
  const closed = text.charCodeAt(lastNonSpace(text) - 1) === 0x7c;
  let bars = 0;
  for (let bar = text.indexOf('|', start + 1); bar >= 0; bar = text.indexOf('|', bar + 1)) bars++;
  const size = closed ? bars : bars + 1;
  const cells: string[] = new Array<string>(size);
  const columns: number[] = new Array<number>(size);
  let count = 0;
  // Cells left empty by a `||` with nothing between its pipes: the inline reading drops them. Kept
  // only from the first such cell on (the cells before it are not tight).
  let tight: boolean[] | null = null;
  let from = start + 1;
  for (;;) {
    const bar = nextBar(text, from, nested);
    const end = bar < 0 ? text.length : bar;
    let first = from;
    while (first < end && text.charCodeAt(first) === 0x20) first++;
    let last = end;
    while (last > first && text.charCodeAt(last - 1) === 0x20) last--;
    if (
      bar >= 0 &&
      startsAttribute(text.charCodeAt(first)) &&
      hasEquals(text, first, last) &&
      ATTRIBUTES.test(text.slice(first, last))
    ) {
      // `style="..." |` is the next cell's attributes, as MediaWiki writes them: not a cell.
      from = bar + 1;
      continue;
    }
    if (isPlain(text, first, last)) {
      // The usual cell: its text between the spaces around it, with no copy to strip.
      if (bar < 0 && first === last) break;
      cells[count] = text.slice(first, last);
      columns[count++] = first + 1;
    } else {
      const raw = text.slice(from, end);
      if (bar < 0 && isBlank(raw)) break;
      cells[count] = stripMarkup(raw);
      columns[count++] = from + firstNonSpace(raw) + 1;
    }
    const isTight = end === from && bar >= 0 && from > start + 1;
    if (tight !== null) tight.push(isTight);
    else if (isTight) {
      tight = new Array<boolean>(count - 1).fill(false);
      tight.push(true);
    }
    if (bar < 0) break;
    from = bar + 1;
  }
  if (count < size) {
    cells.length = count;
    columns.length = count;
  }
  const row: Row = { cells, columns, line: line.number, closed, inline: null };
  if (tight !== null) {
    const kept = tight;
    row.inline = { cells: cells.filter((_, i) => !kept[i]), columns: columns.filter((_, i) => !kept[i]) };
  }
  return row;
}

/** `! a !! b` as `| a || b`, column for column. */
function headerAsPipes(text: string): string {
  const bang = text.indexOf('!');
  return `${text.slice(0, bang)}|${text.slice(bang + 1).replaceAll('!!', '||')}`;
}

const SEPARATOR = /^\s*:?-{3,}:?\s*$/;
const TOTAL = /^(?:grand )?totals?(?: votes?| cast)?:?$/i;

/** Whether a cell is a Total label; the first letter rules out most cells before the pattern runs. */
function isTotal(cell: string): boolean {
  const first = cell.charCodeAt(0) | 0x20;
  return (first === 0x74 || first === 0x67) && TOTAL.test(cell);
}

/** Whether a cell is a Markdown separator (`---`, `:---:`); cells are trimmed, so one starts with `-` or `:`. */
function isSeparator(cell: string): boolean {
  const first = cell.charCodeAt(0);
  return (first === 0x2d || first === 0x3a) && SEPARATOR.test(cell);
}

/** A MediaWiki row separator `|-`, or the table's close `|}`: markup, not a row. */
function isMarkupLine(text: string): boolean {
  const at = firstNonSpace(text);
  if (text.charCodeAt(at) !== 0x7c) return false;
  const next = text.charCodeAt(at + 1);
  return next === 0x2d || next === 0x7d;
}

/**
 * True for a MediaWiki table written a cell a line: rows between `|-` lines, each cell on its own line
 * (`| John Kerry` then `| 5,366`). Most lines between the separators hold one cell, and there are rows.
 */
function isCellPerLine(lines: readonly SourceLine[]): boolean {
  let separators = 0;
  let single = 0;
  let other = 0;
  for (const line of lines) {
    const t = line.text.trimStart();
    if (t.startsWith('|-')) separators++;
    else if (t.startsWith('|}')) continue;
    else if (t.includes('||') || t.includes('!!') || t.indexOf('|', 1) > 0) other++;
    else single++;
  }
  return separators >= 2 && single > other * 2;
}

/** Each line a row, the markup lines (`|-`, `|}`) left out. */
function* splitRows(lines: readonly SourceLine[]): Generator<Row> {
  for (const line of lines) if (!isMarkupLine(line.text)) yield splitRow(line);
}

/** The rows of a cell-a-line table: the cells of the lines between two `|-` lines, on the first one's line. */
function joinCellLines(lines: readonly SourceLine[]): Row[] {
  const rows: Row[] = [];
  let current: Row | null = null;
  for (const line of lines) {
    const t = line.text.trimStart();
    if (t.startsWith('|-') || t.startsWith('|}')) {
      if (current) rows.push(current);
      current = null;
      continue;
    }
    const row = splitRow(line);
    if (current === null) current = { ...row, inline: null };
    else {
      current.cells.push(...(row.inline?.cells ?? row.cells));
      current.columns.push(...(row.inline?.columns ?? row.columns));
    }
  }
  if (current) rows.push(current);
  return rows;
}

/** True for a Total row: one of its cells says `Total` or `Totals` (whatever column holds the names). */
export function isTotalRow(row: Row): boolean {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) if (isTotal(cells[i] as string)) return true;
  return false;
}

/** The first non-empty cell of a row, and how many there are. */
function filledCells(row: Row): { count: number; first: string | undefined } {
  let count = 0;
  let first: string | undefined;
  for (const cell of row.cells) {
    if (cell === '') continue;
    if (count++ === 0) first = cell;
  }
  return { count, first };
}

/** A title row spans the table: one non-empty cell, the rest blank. */
function isTitleRow(row: Row): boolean {
  const filled = filledCells(row);
  return filled.count === 1 && !isNumeric(filled.first as string) && !isTotalRow(row);
}

/** A header row names columns: several cells, none of them a number. */
function isHeaderRow(row: Row): boolean {
  return filledCells(row).count >= 2 && !row.cells.some(isNumeric) && !isTotalRow(row);
}

/** A row of nothing but blanks and Markdown separators (`| --- | :---: |`): not a row of the table. */
function isEmptyRow(row: Row): boolean {
  for (const cell of row.cells) if (cell !== '' && !isSeparator(cell)) return false;
  return true;
}

export interface ReadTable {
  table: Table;
  header: Row | null;
  body: Row[];
}

/** Reads a run of pipe lines: its caption line or title row, its header row, and its body rows. */
export function readTable(raw: RawTable): ReadTable {
  const rows: Row[] = [];
  for (const row of isCellPerLine(raw.lines) ? joinCellLines(raw.lines) : splitRows(raw.lines)) {
    if (row.cells.length > 0 && !isEmptyRow(row)) rows.push(row);
  }
  let caption = raw.caption ? captionText(raw.caption.text) : null;
  let captionLine = raw.caption ? raw.caption.number : null;
  let k = 0;
  const first = rows[0];
  if (first && isTitleRow(first) && rows.length > 1) {
    caption = first.cells.find((c) => c !== '') ?? null;
    captionLine = first.line;
    k = 1;
  }
  let header: Row | null = null;
  const candidateHeader = rows[k];
  if (candidateHeader && isHeaderRow(candidateHeader)) {
    header = candidateHeader;
    k++;
  }
  const body = rows.slice(k);
  const firstLine = (raw.lines[0] as SourceLine).number;
  const lastLine = (raw.lines[raw.lines.length - 1] as SourceLine).number;
  return {
    header,
    body,
    table: {
      line: firstLine,
      endLine: lastLine,
      caption,
      captionLine,
      section: raw.section,
      header: header ? { cells: header.cells, line: header.line } : null,
      rows: body.map((r) => ({ cells: r.cells, line: r.line })),
      isResults: false,
      role: 'other',
      scope: null,
    },
  };
}
