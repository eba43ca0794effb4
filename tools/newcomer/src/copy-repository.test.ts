import { spawnSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository } from './copy-repository.ts';

let scratch: string;
let repo: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-copy-'));
  repo = join(scratch, 'repo');
  // A workspace with one package linked to another, an installed dependency, a build output and a cache.
  await mkdir(join(repo, 'packages', 'a', 'node_modules', '@tally'), { recursive: true });
  await mkdir(join(repo, 'packages', 'a', 'node_modules', '.vite'), { recursive: true });
  await mkdir(join(repo, 'packages', 'b', 'dist'), { recursive: true });
  await mkdir(join(repo, 'node_modules', '.pnpm', 'dep@1', 'node_modules', 'dep'), { recursive: true });
  await writeFile(join(repo, 'package.json'), '{}');
  await writeFile(join(repo, 'packages', 'a', 'index.ts'), 'export {};');
  await writeFile(join(repo, 'packages', 'b', 'index.ts'), 'export {};');
  await writeFile(join(repo, 'packages', 'b', 'dist', 'index.js'), 'built');
  await writeFile(join(repo, 'node_modules', '.pnpm', 'dep@1', 'node_modules', 'dep', 'index.js'), 'dep');
  await symlink('../../../b', join(repo, 'packages', 'a', 'node_modules', '@tally', 'b'));
  await symlink(
    '../../../node_modules/.pnpm/dep@1/node_modules/dep',
    join(repo, 'packages', 'a', 'node_modules', 'dep'),
  );
  await writeFile(join(repo, '.gitignore'), 'node_modules/\ndist/\n');
  spawnSync('git', ['init', '-q'], { cwd: repo });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('copyRepository', () => {
  it("copies the sources, links the workspace's packages inside the copy and the installed ones to the original", async () => {
    const into = join(scratch, 'copy');
    await mkdir(into);
    await copyRepository(repo, into);
    expect(await readFile(join(into, 'packages', 'a', 'index.ts'), 'utf8')).toBe('export {};');
    // Built output and caches are not copied: the copy builds its own.
    await expect(lstat(join(into, 'packages', 'b', 'dist'))).rejects.toThrow();
    await expect(lstat(join(into, 'packages', 'a', 'node_modules', '.vite'))).rejects.toThrow();
    // A workspace package resolves to the copy's; an installed one to the original's files.
    expect(await readlink(join(into, 'packages', 'a', 'node_modules', '@tally', 'b'))).toBe('../../../b');
    expect(await readlink(join(into, 'packages', 'a', 'node_modules', 'dep'))).toBe(
      join(repo, 'node_modules', '.pnpm', 'dep@1', 'node_modules', 'dep'),
    );
    expect(await readFile(join(into, 'packages', 'a', 'node_modules', 'dep', 'index.js'), 'utf8')).toBe(
      'dep',
    );
    expect((await lstat(join(into, 'node_modules', '.pnpm'))).isSymbolicLink()).toBe(true);
  });
});
