/** A value of one column of one row, as the renderer writes it. */
export type SqlValue = string | number | null;

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A SQLite literal for `value`: text in single quotes, quotes doubled, backslashes and any Unicode as they
 * are; integers bare; null as NULL. A control character (a line break, a tab) is written as `char(n)`
 * joined with `||`, so every statement stays on one line: D1's `exec()` splits its input on line breaks,
 * and SQLite has no escape sequence inside a string literal. Text that is not Unicode (a lone surrogate)
 * or a number that is not a safe integer cannot be written: a bug in the caller.
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`not a safe integer for SQL: ${value}`);
    return String(value);
  }
  if (LONE_SURROGATE.test(value))
    throw new TypeError('text with a lone surrogate cannot be written as UTF-8');
  // Runs of ordinary text in quotes, each control character as char(n), joined with ||.
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x20) continue;
    if (i > start) pieces.push(quoted(value.slice(start, i)));
    pieces.push(`char(${code})`);
    start = i + 1;
  }
  if (start < value.length || pieces.length === 0) pieces.push(quoted(value.slice(start)));
  return pieces.join('||');
}

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** How many bytes `text` takes in UTF-8: what SQLite and D1 count against their statement limit. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i++;
    } else bytes += code < 0x800 ? 1 : 2;
  }
  return bytes;
}
