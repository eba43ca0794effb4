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
/** Thousands grouped with dots, as many European texts write them: `5.366`, `1.234.567`. */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Reads a number as tables write it: thousands separators (commas, or thin or no-break spaces),
 * decimals, a trailing % sign, footnote marks. A blank cell, a dash or a word for no figure means none.
 */
export function readNumber(cell: string): NumberCell {
  const bare = readBareNumber(cell);
  if (bare !== null) return bare;
  let s = cell.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (s === '' || NONE.test(s)) return { kind: 'none' };
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('+')) s = s.slice(1);
  if (GROUPED.test(s)) return { kind: 'number', value: Number(withoutCommas(s)) };
  if (SPACED.test(s)) return { kind: 'number', value: Number(s.replaceAll(' ', '')) };
  if (PLAIN.test(s)) return { kind: 'number', value: Number(s) };
  return { kind: 'invalid' };
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
    else if (code < 0x30 || code > 0x39) return null;
  }
  const s = end === cell.length ? cell : cell.slice(0, end);
  if (commas)
    return GROUPED.test(s) ? { kind: 'number', value: Number(withoutCommas(s)) } : { kind: 'invalid' };
  if (dots && !PLAIN.test(s)) return { kind: 'invalid' };
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
  return DOT_GROUPED.test(cell);
}

/** The value of a dot-grouped count: `5.366` is 5,366. */
export function dotGroupedValue(cell: string): number {
  return Number(cell.replaceAll('.', ''));
}

/** True when a cell is written with thousands separated by commas (`5,366`). */
export function isCommaGrouped(cell: string): boolean {
  return GROUPED.test(cell.endsWith('%') ? cell.slice(0, -1) : cell);
}

/** True when a cell is written with thousands separated by spaces (`5 366`, or thin or no-break spaces). */
export function isSpaceGrouped(cell: string): boolean {
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
