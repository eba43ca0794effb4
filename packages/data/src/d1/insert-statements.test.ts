import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { insertStatements } from './insert-statements.ts';
import type { TableSpec } from './schema.ts';
import { utf8Length } from './sql-literal.ts';

const TABLE: TableSpec = {
  name: 'notes',
  columns: ['pos', 'kind', 'text'],
  key: ['pos', 'kind'],
  create: 'CREATE TABLE notes (pos INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT, PRIMARY KEY (pos, kind))',
  indexes: [],
};

function load(statements: string[]): { pos: number; kind: string; text: string | null }[] {
  const db = new DatabaseSync(':memory:');
  db.exec(TABLE.create);
  for (const statement of statements) db.exec(statement);
  return db.prepare('SELECT pos, kind, text FROM notes ORDER BY pos, kind').all() as never;
}

describe('insertStatements', () => {
  it('writes as many rows per INSERT as the row limit allows, in order', () => {
    const rows = Array.from({ length: 7 }, (_, i) => [i, 'a', `row ${i}`]);
    const statements = [
      ...insertStatements(TABLE, rows, { maxStatementBytes: 100_000, maxRowsPerStatement: 3 }),
    ];
    expect(statements).toEqual([
      "INSERT INTO notes (pos, kind, text) VALUES (0, 'a', 'row 0'),(1, 'a', 'row 1'),(2, 'a', 'row 2');",
      "INSERT INTO notes (pos, kind, text) VALUES (3, 'a', 'row 3'),(4, 'a', 'row 4'),(5, 'a', 'row 5');",
      "INSERT INTO notes (pos, kind, text) VALUES (6, 'a', 'row 6');",
    ]);
    expect(load(statements).map((r) => r.text)).toEqual(rows.map((r) => r[2]));
  });

  it('keeps every statement within the byte limit, counting UTF-8 and its semicolon', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i, 'é', `Zoë ${'€'.repeat(i)}`]);
    const statements = [
      ...insertStatements(TABLE, rows, { maxStatementBytes: 400, maxRowsPerStatement: 1000 }),
    ];
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) expect(utf8Length(statement)).toBeLessThanOrEqual(400);
    expect(load(statements).map((r) => r.text)).toEqual(rows.map((r) => r[2]));
  });

  it('writes a row too long for one statement by appending its long texts in pieces', () => {
    const long = `${"O'Rourke \\ Peña 🗳️ 北京\n".repeat(400)}end`;
    const rows = [
      [0, 'short', 'before'],
      [1, "it's long", long],
      [2, 'short', null],
    ];
    const statements = [
      ...insertStatements(TABLE, rows, { maxStatementBytes: 1500, maxRowsPerStatement: 1000 }),
    ];
    expect(statements[0]).toBe("INSERT INTO notes (pos, kind, text) VALUES (0, 'short', 'before');");
    expect(statements[1]).toBe("INSERT INTO notes (pos, kind, text) VALUES (1, 'it''s long', '');");
    expect(statements[2]).toMatch(
      /^UPDATE notes SET text = text \|\| .* WHERE pos = 1 AND kind = 'it''s long';$/,
    );
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(utf8Length(statement)).toBeLessThanOrEqual(1500);
      expect(statement).not.toMatch(/[\n\r]/);
    }
    expect(load(statements)).toEqual([
      { pos: 0, kind: 'short', text: 'before' },
      { pos: 1, kind: "it's long", text: long },
      { pos: 2, kind: 'short', text: null },
    ]);
  });

  it('refuses a row with the wrong number of values', () => {
    expect(() => [...insertStatements(TABLE, [[1, 'a']])]).toThrow('a row of 2 values for 3 columns');
  });
});
