import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileEntry } from '../src/file-entry.ts';
import { writeHashed } from './write-hashed.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-hashed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeHashed', () => {
  it('writes a string and gives the entry fileEntry gives for it', async () => {
    const entry = writeHashed(join(dir, 'a.json'), 'a.json', '{ "é": 1 }\n');
    expect(entry).toEqual(fileEntry('a.json', '{ "é": 1 }\n'));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{ "é": 1 }\n');
  });

  it('writes pieces, strings and bytes mixed and read one at a time, as one file', async () => {
    function* pieces() {
      yield 'Jó';
      yield new TextEncoder().encode('hn ');
      yield 'Kerry';
    }
    const entry = writeHashed(join(dir, 'b.txt'), 'b.txt', pieces());
    expect(entry).toEqual(fileEntry('b.txt', 'Jóhn Kerry'));
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('Jóhn Kerry');
  });

  it('hashes a file of many megabytes written in small pieces as the whole', async () => {
    const line = `${'x'.repeat(99)}\n`;
    const entry = writeHashed(join(dir, 'big.txt'), 'big.txt', Array(50_000).fill(line));
    expect(entry).toEqual(fileEntry('big.txt', line.repeat(50_000)));
    expect((await readFile(join(dir, 'big.txt'))).byteLength).toBe(5_000_000);
  });

  it('writes an empty file for no pieces', async () => {
    expect(writeHashed(join(dir, 'e'), 'e', [])).toEqual(fileEntry('e', ''));
    expect(await readFile(join(dir, 'e'), 'utf8')).toBe('');
  });
});
