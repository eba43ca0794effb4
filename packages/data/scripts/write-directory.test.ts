import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileEntry } from '../src/file-entry.ts';
import { replaceDirectory, stageDirectory } from './write-directory.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-write-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe('replaceDirectory', () => {
  it('creates the folder with the files, subfolders included', async () => {
    const out = join(root, 'dist');
    await replaceDirectory(out, [
      { path: 'a.json', content: '{}\n' },
      { path: 'contests/b.json', content: '[]\n' },
    ]);
    expect(await listing(out)).toEqual(['a.json', 'contests', 'contests/b.json']);
    expect(await readFile(join(out, 'contests/b.json'), 'utf8')).toBe('[]\n');
  });

  it('replaces the whole folder: a file not written again is gone', async () => {
    const out = join(root, 'dist');
    await replaceDirectory(out, [{ path: 'old.json', content: '1\n' }]);
    await replaceDirectory(out, [{ path: 'new.json', content: '2\n' }]);
    expect(await listing(out)).toEqual(['new.json']);
    expect(await listing(root)).toEqual(['dist', 'dist/new.json']);
  });

  it('leaves the previous folder untouched and no staging folder when a write fails', async () => {
    const out = join(root, 'dist');
    await replaceDirectory(out, [{ path: 'kept.json', content: 'kept\n' }]);
    // A file where a folder must go makes the second write fail after the first succeeded.
    await expect(
      replaceDirectory(out, [
        { path: 'x', content: 'file\n' },
        { path: 'x/y.json', content: 'no\n' },
      ]),
    ).rejects.toThrow();
    expect(await listing(root)).toEqual(['dist', 'dist/kept.json']);
    expect(await readFile(join(out, 'kept.json'), 'utf8')).toBe('kept\n');
  });

  it('refuses a path that would leave the output folder, writing nothing', async () => {
    await writeFile(join(root, 'outside.json'), 'mine\n');
    await expect(
      replaceDirectory(join(root, 'dist'), [{ path: '../outside.json', content: 'x' }]),
    ).rejects.toThrow('output path escapes the output folder: ../outside.json');
    expect(await readFile(join(root, 'outside.json'), 'utf8')).toBe('mine\n');
    expect(await listing(root)).toEqual(['outside.json']);
  });
});

describe('stageDirectory', () => {
  it('leaves the target as it was while files are written, and swaps them in on commit', async () => {
    const out = join(root, 'dist');
    await replaceDirectory(out, [{ path: 'old.json', content: '1\n' }]);
    const staged = await stageDirectory(out);
    expect(staged.write('contests/a.json', ['[', ']\n'])).toEqual(fileEntry('contests/a.json', '[]\n'));
    expect(await listing(out)).toEqual(['old.json']);
    await staged.commit();
    expect(await listing(root)).toEqual(['dist', 'dist/contests', 'dist/contests/a.json']);
  });

  it('removes what it wrote on discard, leaving the target untouched', async () => {
    const out = join(root, 'dist');
    await replaceDirectory(out, [{ path: 'kept.json', content: 'kept\n' }]);
    const staged = await stageDirectory(out);
    staged.write('new.json', 'new\n');
    await staged.discard();
    expect(await listing(root)).toEqual(['dist', 'dist/kept.json']);
  });

  it('refuses to write a path that would leave the new folder', async () => {
    const staged = await stageDirectory(join(root, 'dist'));
    expect(() => staged.write('../outside.json', 'x')).toThrow(
      'output path escapes the output folder: ../outside.json',
    );
    await staged.discard();
    expect(await listing(root)).toEqual([]);
  });
});
