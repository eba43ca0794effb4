// The D1 form of the data package: what the API's D1 store reads when the data outgrows a Worker bundle.
export { type D1Data, d1Tables, TEXT_PART_LENGTH } from './d1-rows.ts';
export { D1_STATEMENT_LIMITS, insertStatements, type StatementLimits } from './insert-statements.ts';
export { collectD1Files, type D1RenderOptions, type D1SqlChunk, renderD1, SCHEMA_FILE } from './render-d1.ts';
export { schemaStatements, TABLES, type TableSpec } from './schema.ts';
export { type SqlValue, sqlLiteral, utf8Length } from './sql-literal.ts';
