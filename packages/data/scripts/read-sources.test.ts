import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceDirectory, readSources, sourceNames } from './read-sources.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-sources-'));
  for (const name of ['b.txt', 'a.txt', 'B.txt', 'notes.md']) await writeFile(join(dir, name), name);
  await mkdir(join(dir, 'folder.txt'));
  await symlink(join(dir, 'a.txt'), join(dir, 'linked.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sourceNames', () => {
  it('lists the .txt files only, in code-point order (capitals first)', () => {
    expect(sourceNames(dir)).toEqual(['B.txt', 'a.txt', 'b.txt']);
  });
});

describe('readSourceDirectory', () => {
  it('names every entry it skips, and why', () => {
    expect(readSourceDirectory(dir)).toEqual({
      names: ['B.txt', 'a.txt', 'b.txt'],
      csvs: [],
      skipped: [
        { name: 'folder.txt', why: 'a folder' },
        { name: 'linked.txt', why: 'a symbolic link (copy the document in instead)' },
        { name: 'notes.md', why: 'not a *.txt document' },
      ],
    });
  });
});

describe('readSourceDirectory and OpenElections files', () => {
  it('lists the *.csv files of openelections/<state>/ by path, beside the articles, and names what else is there', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tally-sources-oe-'));
    try {
      await writeFile(join(root, 'a.txt'), 'a');
      await mkdir(join(root, 'openelections', 'ms'), { recursive: true });
      await mkdir(join(root, 'openelections', 'az'));
      for (const name of ['manifest.json', 'ATTRIBUTION.md', '.gitattributes', 'stray.csv']) {
        await writeFile(join(root, 'openelections', name), name);
      }
      await writeFile(join(root, 'openelections', 'ms', 'b.csv'), 'b');
      await writeFile(join(root, 'openelections', 'ms', 'a.csv'), 'a');
      await writeFile(join(root, 'openelections', 'az', 'notes.txt'), 'n');
      expect(readSourceDirectory(root)).toEqual({
        names: ['a.txt'],
        csvs: ['openelections/ms/a.csv', 'openelections/ms/b.csv'],
        skipped: [
          { name: 'openelections/az/notes.txt', why: 'not a *.csv document' },
          {
            name: 'openelections/stray.csv',
            why: 'not a state folder of *.csv files, manifest.json or ATTRIBUTION.md',
          },
        ],
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('readSources', () => {
  it('reads every source in the order given, named as the contests name them', () => {
    const read = [...readSources(dir, ['b.txt', 'B.txt', 'a.txt'])].map((source) => [
      source.file,
      Buffer.from(source.bytes).toString(),
    ]);
    expect(read).toEqual([
      ['sources/b.txt', 'b.txt'],
      ['sources/B.txt', 'B.txt'],
      ['sources/a.txt', 'a.txt'],
    ]);
  });

  it('fails on a source that cannot be read, when its turn comes', () => {
    const read: string[] = [];
    expect(() => {
      for (const source of readSources(dir, ['a.txt', 'gone.txt', 'b.txt'])) read.push(source.file);
    }).toThrow('ENOENT');
    expect(read).toEqual(['sources/a.txt']);
  });
});
