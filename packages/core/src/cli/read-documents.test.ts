import { describe, expect, test } from 'vitest';
import type { Io } from './io.js';
import { formatError, readDocuments } from './read-documents.js';

/** An io whose files fail with the given system error codes. */
function failingIo(codes: Record<string, string>): Io {
  return {
    readFile: async (path) => {
      throw Object.assign(new Error(`${codes[path]}: failed, open '${path}'`), { code: codes[path] });
    },
    stdout: () => {},
    stderr: () => {},
    color: false,
  };
}

describe('readDocuments', () => {
  test('names the reason a file cannot be read, one entry per file in order', async () => {
    const entries = await readDocuments(
      ['a.txt', 'b', 'c.txt', 'd.txt'],
      failingIo({ 'a.txt': 'EACCES', b: 'EISDIR', 'c.txt': 'ENOENT', 'd.txt': 'EIO' }),
    );
    expect(entries.map((e) => [e.file, !e.ok && e.error.message])).toEqual([
      ['a.txt', 'Cannot read the file (permission denied): expected the path of a readable text document.'],
      ['b', 'Cannot read the file (it is a directory): expected the path of a readable text document.'],
      ['c.txt', 'Cannot read the file (no such file): expected the path of a readable text document.'],
      [
        'd.txt',
        "Cannot read the file (EIO: failed, open 'd.txt'): expected the path of a readable text document.",
      ],
    ]);
    expect(entries.every((e) => !e.ok && e.error.code === 'file-unreadable' && e.error.line === 0)).toBe(
      true,
    );
  });
});

describe('formatError', () => {
  test('file:line:column: error code: message, and only the file when the line is 0', () => {
    expect(
      formatError({
        file: 'x.txt',
        ok: false,
        error: { code: 'cell-not-numeric', message: 'Not a number.', line: 52, column: 18 },
      }),
    ).toBe('x.txt:52:18: error cell-not-numeric: Not a number.');
    expect(
      formatError({
        file: 'x.txt',
        ok: false,
        error: { code: 'table-truncated', message: 'Cut off.', line: 55 },
      }),
    ).toBe('x.txt:55: error table-truncated: Cut off.');
    expect(
      formatError({
        file: 'x.txt',
        ok: false,
        error: { code: 'document-empty', message: 'Empty.', line: 0 },
      }),
    ).toBe('x.txt: error document-empty: Empty.');
  });
});
