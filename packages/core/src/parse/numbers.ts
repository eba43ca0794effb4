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

/** What `cellValue` gives for a cell with no figure, and for one that is not a number (figures are never negative). */
export const NO_FIGURE = -1;
export const NOT_A_NUMBER = -2;
/** `bareValue`'s answer for a cell that is not only digits, commas and dots: the patterns read it. */
const NOT_BARE = -3;

/**
 * Reads a number as tables write it: thousands separators (commas, or thin or no-break spaces),
 * decimals, a trailing % sign, footnote marks. A blank cell, a dash or a word for no figure means none.
 */
export function readNumber(cell: string): NumberCell {
  const value = cellValue(cell);
  if (value >= 0) return { kind: 'number', value };
  return value === NO_FIGURE ? NONE_CELL : INVALID_CELL;
}

/** True when a cell reads as a number (not a blank or a dash). */
export function isNumeric(cell: string): boolean {
  return cellValue(cell) >= 0;
}

/**
 * `readNumber` without the object: the value of a cell that reads as a number (zero or more, or
 * Infinity past the doubles), NO_FIGURE for a blank, a dash or a word for none, NOT_A_NUMBER otherwise.
 */
export function cellValue(cell: string): number {
  const bare = bareValue(cell);
  if (bare !== NOT_BARE) return bare;
  // Every number pattern needs a digit: without one, a cell is a word for none, or not a number. The
  // spaces the patterns below make of no-break and thin spaces are white space `trim` takes off too,
  // and NONE has no space inside, so trimming alone decides it.
  if (!hasDigit(cell)) {
    const t = cell.trim();
    return t === '' || NONE.test(t) ? NO_FIGURE : NOT_A_NUMBER;
  }
  let s = cell.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (NONE.test(s)) return NO_FIGURE;
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('+')) s = s.slice(1);
  if (GROUPED.test(s)) return Number(withoutCommas(s));
  if (SPACED.test(s)) return Number(s.replaceAll(' ', ''));
  if (PLAIN.test(s)) return Number(s);
  return NOT_A_NUMBER;
}

/** Powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The usual cell, only digits, commas and dots with perhaps a final `%`, read in one scan: what
 * GROUPED and PLAIN accept, valued as `Number` values them, or NOT_A_NUMBER; NOT_BARE for anything
 * else (spaces, signs, dashes, words), which the patterns read. With at most 15 digits the digits
 * make an integer a double holds exactly, and dividing it by an exact power of ten rounds once, to
 * the double nearest the decimal, as `Number` does; longer figures go to `Number`.
 */
function bareValue(cell: string): number {
  const end = cell.charCodeAt(cell.length - 1) === 0x25 ? cell.length - 1 : cell.length;
  if (end === 0) return NOT_BARE;
  let commas = false;
  let dots = 0;
  let digits = 0;
  let decimals = 0;
  let mantissa = 0;
  for (let i = 0; i < end; i++) {
    const code = cell.charCodeAt(i);
    if (isDigit(code)) {
      mantissa = mantissa * 10 + (code - 0x30);
      digits++;
      if (dots > 0) decimals++;
    } else if (code === 0x2c) commas = true;
    else if (code === 0x2e) dots++;
    else return NOT_BARE;
  }
  if (commas ? !isGrouped(cell, end) : dots > 1 || (dots === 1 && decimals === 0)) return NOT_A_NUMBER;
  if (digits <= 15) return mantissa / (POWERS_OF_TEN[decimals] as number);
  const s = end === cell.length ? cell : cell.slice(0, end);
  return Number(commas ? withoutCommas(s) : s);
}

/** Whether `cell[0, end)` is what GROUPED matches: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/. */
function isGrouped(cell: string, end: number): boolean {
  let i = 0;
  while (i < end && isDigit(cell.charCodeAt(i))) i++;
  if (i < 1 || i > 3) return false;
  let groups = 0;
  while (i < end && cell.charCodeAt(i) === 0x2c) {
    if (i + 3 >= end) return false;
    for (let k = 1; k <= 3; k++) if (!isDigit(cell.charCodeAt(i + k))) return false;
    i += 4;
    groups++;
  }
  if (groups === 0) return false;
  if (i === end) return true;
  if (cell.charCodeAt(i) !== 0x2e) return false;
  const fraction = ++i;
  while (i < end && isDigit(cell.charCodeAt(i))) i++;
  return i === end && i > fraction;
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
