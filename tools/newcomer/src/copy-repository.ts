import { spawnSync } from 'node:child_process';
import { copyFile, lstat, mkdir, readdir, readlink, realpath, symlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** What a copy leaves out when git cannot list the files: installed, built, cached or generated. */
const NOT_SOURCE = new Set([
  'node_modules',
  '.tools',
  'dist',
  '.turbo',
  '.wrangler',
  '.astro',
  'test-results',
  '.git',
  'generated',
  'coverage',
]);

/** Caches a tool keeps in a node_modules folder: the copy starts without them. */
const CACHES = new Set(['.vite', '.vite-temp', '.astro', '.cache']);

/** The repository's files as git lists them (tracked and untracked, less what it ignores), or null without git. */
function gitFiles(root: string): string[] | null {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (listed.status !== 0 || listed.error) return null;
  return listed.stdout.split('\0').filter((file) => file !== '');
}

/** Every source file under `dir`, without the folders of NOT_SOURCE, relative to `root`. */
async function walk(root: string, dir = root): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (NOT_SOURCE.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(root, path)));
    else if (entry.isFile()) files.push(relative(root, path));
  }
  return files;
}

/**
 * Recreates one node_modules folder in the copy: the workspace's own packages linked inside the copy (so the copy's
 * packages, built there, are the ones found), everything else linked to the installed package, caches left out.
 */
async function linkModules(root: string, into: string, modules: string): Promise<void> {
  const from = join(root, modules);
  const to = join(into, modules);
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (CACHES.has(entry.name)) continue;
    if (entry.isSymbolicLink()) {
      const link = await readlink(source);
      const resolved = resolve(dirname(source), link);
      const inWorkspace =
        !isAbsolute(link) &&
        resolved.startsWith(root + sep) &&
        !relative(root, resolved).split(sep).includes('node_modules');
      await symlink(inWorkspace ? link : await realpath(source), target);
    } else if (entry.name === '.pnpm') {
      await symlink(await realpath(source), target);
    } else if (entry.isDirectory()) {
      // A scope (@tally) or .bin: its entries one by one.
      await linkModules(root, into, join(modules, entry.name));
    } else {
      await copyFile(source, target);
    }
  }
}

/**
 * Copies the repository at `root` into the empty folder `into`, as a fresh clone would have it (git's file list,
 * or the tree without what is installed, built or cached), and reuses the installed dependencies by links, so the
 * copy builds and tests offline without installing anything. Nothing in `root` is written.
 */
export async function copyRepository(root: string, into: string): Promise<{ files: number }> {
  const files = gitFiles(root) ?? (await walk(root));
  for (const file of files) {
    const source = join(root, file);
    const stat = await lstat(source).catch(() => null);
    if (stat === null || !stat.isFile()) continue;
    await mkdir(dirname(join(into, file)), { recursive: true });
    await copyFile(source, join(into, file));
  }
  const packages = [''];
  for (const group of ['packages', 'apps', 'tools']) {
    const dir = join(root, group);
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory()) packages.push(join(group, entry.name));
    }
  }
  for (const dir of packages) {
    const modules = join(dir, 'node_modules');
    const stat = await lstat(join(root, modules)).catch(() => null);
    if (stat?.isDirectory()) await linkModules(root, into, modules);
  }
  return { files: files.length };
}
