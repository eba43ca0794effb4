import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { sqlLiteral, utf8Length } from './sql-literal.ts';

const db = new DatabaseSync(':memory:');
/** What SQLite reads the literal back as. */
const readBack = (literal: string) => (db.prepare(`SELECT ${literal} AS v`).get() as { v: unknown }).v;

describe('sqlLiteral', () => {
  it('quotes text and doubles its single quotes', () => {
    expect(sqlLiteral('John Kerry')).toBe("'John Kerry'");
    expect(sqlLiteral("Beto O'Rourke")).toBe("'Beto O''Rourke'");
    expect(sqlLiteral("''")).toBe("''''''");
    expect(sqlLiteral('')).toBe("''");
  });

  it('leaves backslashes, double quotes and Unicode as they are', () => {
    expect(sqlLiteral('C:\\path\\n "x"')).toBe(`'C:\\path\\n "x"'`);
    expect(sqlLiteral('Peña Nieto 🗳️ 北京')).toBe("'Peña Nieto 🗳️ 北京'");
  });

  it('writes control characters as char(n), so a statement never spans lines', () => {
    expect(sqlLiteral('two\nlines')).toBe("'two'||char(10)||'lines'");
    expect(sqlLiteral('\r\n')).toBe('char(13)||char(10)');
    expect(sqlLiteral('tab\t')).toBe("'tab'||char(9)");
    expect(sqlLiteral('\u0000x')).toBe("char(0)||'x'");
    expect(sqlLiteral("it's\n'quoted'")).not.toMatch(/[\n\r]/);
  });

  it('writes integers bare and null as NULL', () => {
    expect(sqlLiteral(0)).toBe('0');
    expect(sqlLiteral(-12)).toBe('-12');
    expect(sqlLiteral(2004)).toBe('2004');
    expect(sqlLiteral(null)).toBe('NULL');
  });

  it.each([
    "Beto O'Rourke",
    '',
    "'",
    "''';DROP TABLE contests;--",
    'C:\\dir\\',
    "back\\slash \\n \\u0041 \\'",
    'Peña, Zoë, Müller, Łódź, İstanbul',
    '🗳️ 北京 Ελλάδα עברית',
    'two\nlines\r\nand\ra\ttab',
    '\u0000nul\u001f',
    '{"name":"O\'Brien","note":"a\\nb"}',
    "x||'||y",
  ])('reads back exactly in SQLite: %j', (text) => {
    expect(readBack(sqlLiteral(text))).toBe(text);
  });

  it('refuses what it cannot write: a lone surrogate, a fraction, an unsafe integer', () => {
    expect(() => sqlLiteral('bad \ud800 text')).toThrow(TypeError);
    expect(() => sqlLiteral(1.5)).toThrow(TypeError);
    expect(() => sqlLiteral(2 ** 53)).toThrow(TypeError);
  });
});

describe('utf8Length', () => {
  it.each(['', 'abc', 'é', '€', '北京', '🗳️', 'a😀b', "O'Rourke\n"])(
    'counts the UTF-8 bytes of %j',
    (text) => {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).byteLength);
    },
  );
});
