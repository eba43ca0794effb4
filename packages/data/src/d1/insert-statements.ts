import type { TableSpec } from './schema.ts';
import { type SqlValue, sqlLiteral, utf8Length } from './sql-literal.ts';

export type StatementLimits = {
  /** Longest statement, in UTF-8 bytes with its `;`: D1 refuses longer ones (`SQLITE_TOOBIG`). */
  maxStatementBytes: number;
  /** Most rows one INSERT carries. */
  maxRowsPerStatement: number;
};

/** D1's limit on one statement is 100,000 bytes; a row limit keeps each INSERT a modest transaction. */
export const D1_STATEMENT_LIMITS: StatementLimits = { maxStatementBytes: 100_000, maxRowsPerStatement: 1000 };

/** A text value longer than this, in a row too long for one INSERT, is written by appends instead. */
const SHORT_LITERAL_BYTES = 1024;
/** The most bytes one character can take as a literal: a control character, `'||char(31)||'`. */
const MAX_CHAR_LITERAL_BYTES = 14;

/**
 * The INSERT statements (each ending with `;`, none holding a line break) that write `rows` into `table`:
 * as many rows per statement as fit the limits, in order. A row too long for any one statement is
 * inserted with its long texts empty, then each text is appended in pieces (`UPDATE ... SET c = c || ...`),
 * so any row D1 can hold (up to 2 MB) can be written.
 */
export function* insertStatements(
  table: TableSpec,
  rows: Iterable<readonly SqlValue[]>,
  limits: StatementLimits = D1_STATEMENT_LIMITS,
): Generator<string> {
  const head = `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES `;
  const headBytes = utf8Length(head) + 1;
  let tuples: string[] = [];
  let bytes = headBytes;
  for (const row of rows) {
    if (row.length !== table.columns.length) {
      throw new TypeError(`${table.name}: a row of ${row.length} values for ${table.columns.length} columns`);
    }
    const tuple = `(${row.map(sqlLiteral).join(', ')})`;
    const size = utf8Length(tuple);
    const separator = tuples.length > 0 ? 1 : 0;
    if (
      tuples.length > 0 &&
      (bytes + separator + size > limits.maxStatementBytes || tuples.length >= limits.maxRowsPerStatement)
    ) {
      yield `${head}${tuples.join(',')};`;
      tuples = [];
      bytes = headBytes;
    }
    if (headBytes + size > limits.maxStatementBytes) {
      yield* oversizeRow(table, row, limits);
      continue;
    }
    bytes += (tuples.length > 0 ? 1 : 0) + size;
    tuples.push(tuple);
  }
  if (tuples.length > 0) yield `${head}${tuples.join(',')};`;
}

function* oversizeRow(
  table: TableSpec,
  row: readonly SqlValue[],
  limits: StatementLimits,
): Generator<string> {
  const long = row.map(
    (value) => typeof value === 'string' && utf8Length(sqlLiteral(value)) > SHORT_LITERAL_BYTES,
  );
  const first = `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES (${row
    .map((value, i) => (long[i] ? "''" : sqlLiteral(value)))
    .join(', ')});`;
  if (utf8Length(first) > limits.maxStatementBytes) {
    throw new RangeError(
      `${table.name}: a row whose short values alone exceed ${limits.maxStatementBytes} bytes`,
    );
  }
  yield first;
  const where = table.key
    .map((column) => `${column} = ${sqlLiteral(row[table.columns.indexOf(column)] ?? null)}`)
    .join(' AND ');
  for (const [i, value] of row.entries()) {
    if (!long[i] || typeof value !== 'string') continue;
    const column = table.columns[i];
    const prefix = `UPDATE ${table.name} SET ${column} = ${column} || `;
    const suffix = ` WHERE ${where};`;
    const budget = limits.maxStatementBytes - utf8Length(prefix) - utf8Length(suffix);
    for (const piece of pieces(value, budget)) yield `${prefix}${sqlLiteral(piece)}${suffix}`;
  }
}

/** `text` cut, between code points, into pieces whose literals fit in `budget` bytes. */
function* pieces(text: string, budget: number): Generator<string> {
  if (budget < 2 + MAX_CHAR_LITERAL_BYTES)
    throw new RangeError('the statement limit leaves no room for text');
  let start = 0;
  let cost = 2;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const bytes =
      code < 0x20 ? MAX_CHAR_LITERAL_BYTES : code === 0x27 ? 2 : utf8Length(text.slice(i, i + width));
    if (cost + bytes > budget) {
      yield text.slice(start, i);
      start = i;
      cost = 2;
    }
    cost += bytes;
    i += width;
  }
  if (start < text.length) yield text.slice(start);
}
