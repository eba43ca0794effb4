import { type D1Data, d1Tables } from './d1-rows.ts';
import { D1_STATEMENT_LIMITS, insertStatements, type StatementLimits } from './insert-statements.ts';
import { schemaStatements } from './schema.ts';
import { utf8Length } from './sql-literal.ts';

/** Complete statements, one per line, to append to `file` (`0000-schema.sql`, then `0001-rows.sql`, ...). */
export type D1SqlChunk = { file: string; sql: string };

export type D1RenderOptions = Partial<StatementLimits> & {
  /** A rows file is closed once it holds this many bytes (the statement that passes it included). */
  maxFileBytes?: number;
};

export const SCHEMA_FILE = '0000-schema.sql';
const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

function rowsFile(n: number): string {
  return `${String(n).padStart(4, '0')}-rows.sql`;
}

/**
 * The D1 database of a data package as SQL: the schema (dropping any previous tables first), then the rows,
 * in files whose names sort in load order, so `for f in d1/*.sql` loads them right. Lazy and deterministic:
 * each chunk is computed when read, and the same data gives the same bytes. The manifest is written last,
 * so a load that stops early leaves a database the API refuses rather than a partial one it serves.
 */
export function* renderD1(data: D1Data, options: D1RenderOptions = {}): Generator<D1SqlChunk> {
  const limits: StatementLimits = { ...D1_STATEMENT_LIMITS, ...withoutUndefined(options) };
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  yield {
    file: SCHEMA_FILE,
    sql: schemaStatements()
      .map((statement) => `${statement};\n`)
      .join(''),
  };
  let n = 1;
  let bytes = 0;
  for (const { table, rows } of d1Tables(data)) {
    for (const statement of insertStatements(table, rows, limits)) {
      if (bytes >= maxFileBytes) {
        n++;
        bytes = 0;
      }
      const sql = `${statement}\n`;
      bytes += utf8Length(sql);
      yield { file: rowsFile(n), sql };
    }
  }
}

/** The chunks joined per file, in order: for a small database, or a test, that holds it all in memory. */
export function collectD1Files(chunks: Iterable<D1SqlChunk>): { file: string; sql: string }[] {
  const files: { file: string; sql: string[] }[] = [];
  for (const chunk of chunks) {
    const last = files.at(-1);
    if (last?.file === chunk.file) last.sql.push(chunk.sql);
    else files.push({ file: chunk.file, sql: [chunk.sql] });
  }
  return files.map(({ file, sql }) => ({ file, sql: sql.join('') }));
}

function withoutUndefined(options: D1RenderOptions): Partial<StatementLimits> {
  const limits: Partial<StatementLimits> = {};
  if (options.maxStatementBytes !== undefined) limits.maxStatementBytes = options.maxStatementBytes;
  if (options.maxRowsPerStatement !== undefined) limits.maxRowsPerStatement = options.maxRowsPerStatement;
  return limits;
}
