/**
 * What a numeric cell says: a number, nothing (blank, a dash, `n/a`, `?`, `unknown`), or something that is
 * not a number.
 */
export type NumberCell = { kind: 'number'; value: number } | { kind: 'none' } | { kind: 'invalid' };

/** The words and marks a table writes for "no figure": dashes, `n/a`, `none`, `?`, `unknown`, `TBD`. */
const NONE = /^(?:[-‐‑‒–—―−]+|n\/?a|n\.a\.|none|nil|unknown|\?+|tb[ad])$/i;
/** Of those, the ones that say the figure is not known (rather than that there is none). */
const UNKNOWN = /^(?:unknown|\?+|tb[ad])$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACED = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$/;

/** The two cells with no value: shared, as nothing changes them. */
const NONE_CELL: NumberCell = { kind: 'none' };
const INVALID_CELL: NumberCell = { kind: 'invalid' };

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function hasDigit(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (isDigit(cell.charCodeAt(i))) return true;
  return false;
}

/**
 * Reads a number as tables write it: thousands separators (commas, or thin or no-break spaces),
 * decimals, a trailing % sign, footnote marks. A blank cell, a dash or a word for no figure means none.
 */
export function readNumber(cell: string): NumberCell {
  const bare = readBareNumber(cell);
  if (bare !== null) return bare;
  // Every number pattern needs a digit: without one, a cell is a word for none, or not a number. The
  // spaces the patterns below make of no-break and thin spaces are white space `trim` takes off too,
  // and NONE has no space inside, so trimming alone decides it.
  if (!hasDigit(cell)) {
    const t = cell.trim();
    return t === '' || NONE.test(t) ? NONE_CELL : INVALID_CELL;
  }
  let s = cell.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (NONE.test(s)) return NONE_CELL;
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('+')) s = s.slice(1);
  if (GROUPED.test(s)) return { kind: 'number', value: Number(withoutCommas(s)) };
  if (SPACED.test(s)) return { kind: 'number', value: Number(s.replaceAll(' ', '')) };
  if (PLAIN.test(s)) return { kind: 'number', value: Number(s) };
  return INVALID_CELL;
}

/**
 * The usual cell, only digits, commas and dots with perhaps a final `%`, read in one scan; null for
 * anything else (spaces, signs, dashes, words), which the patterns read.
 */
function readBareNumber(cell: string): NumberCell | null {
  const end = cell.endsWith('%') ? cell.length - 1 : cell.length;
  if (end === 0) return null;
  let commas = false;
  let dots = false;
  for (let i = 0; i < end; i++) {
    const code = cell.charCodeAt(i);
    if (code === 0x2c) commas = true;
    else if (code === 0x2e) dots = true;
    else if (!isDigit(code)) return null;
  }
  const s = end === cell.length ? cell : cell.slice(0, end);
  if (commas) return GROUPED.test(s) ? { kind: 'number', value: Number(withoutCommas(s)) } : INVALID_CELL;
  if (dots && !PLAIN.test(s)) return INVALID_CELL;
  return { kind: 'number', value: Number(s) };
}

/** True when a cell reads as a number (not a blank or a dash). */
export function isNumeric(cell: string): boolean {
  return readNumber(cell).kind === 'number';
}

/** True when a no-figure cell says the figure is unknown (`?`, `unknown`, `TBD`), not that there is none. */
export function isUnknownMark(cell: string | null): boolean {
  return cell !== null && UNKNOWN.test(cell.trim());
}

/** True for thousands grouped with dots (`5.366`, `1.234.567`): a count, or a decimal, by the column. */
export function isDotGrouped(cell: string): boolean {
  // What /^\d{1,3}(?:\.\d{3})+$/ matches, in one scan: one to three digits, then groups of a dot and
  // three digits (thousands grouped with dots, as many European texts write them).
  const n = cell.length;
  let i = 0;
  while (i < n && isDigit(cell.charCodeAt(i))) i++;
  if (i === 0 || i > 3 || i === n) return false;
  while (i < n) {
    if (cell.charCodeAt(i) !== 0x2e) return false;
    if (
      !isDigit(cell.charCodeAt(i + 1)) ||
      !isDigit(cell.charCodeAt(i + 2)) ||
      !isDigit(cell.charCodeAt(i + 3))
    )
      return false;
    i += 4;
  }
  return true;
}

/** The value of a dot-grouped count: `5.366` is 5,366. */
export function dotGroupedValue(cell: string): number {
  return Number(cell.replaceAll('.', ''));
}

/** True when a cell is written with thousands separated by commas (`5,366`). */
export function isCommaGrouped(cell: string): boolean {
  if (!cell.includes(',')) return false;
  return GROUPED.test(cell.endsWith('%') ? cell.slice(0, -1) : cell);
}

/** True when a cell is written with thousands separated by spaces (`5 366`, or thin or no-break spaces). */
export function isSpaceGrouped(cell: string): boolean {
  // The pattern needs a space between digits: a cell without one of the four spaces read as such is not.
  if (!/[ \u00a0\u2009\u202f]/.test(cell)) return false;
  return SPACED.test(cell.replace(/[\u00a0\u2009\u202f]/g, ' ').trim());
}

/** The text without its commas: what `replaceAll(',', '')` gives, without that built-in's cost on short strings. */
export function withoutCommas(text: string): string {
  let out = '';
  let from = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', from)) {
    out += text.slice(from, comma);
    from = comma + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
