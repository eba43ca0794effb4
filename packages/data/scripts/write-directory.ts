import { mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { FileEntry } from '../src/file-entry.ts';
import { type Content, writeHashed } from './write-hashed.ts';

export type OutputFile = { path: string; content: string };

/** A new folder being written beside the one it will replace, which stays as it was until `commit`. */
export type StagedDirectory = {
  /** Writes one file of the new folder (`path` relative to it), and gives its manifest entry. */
  write(path: string, content: Content): FileEntry;
  /** Swaps the new folder in for the target. */
  commit(): Promise<void>;
  /** Removes the new folder, leaving the target as it was. */
  discard(): Promise<void>;
};

/**
 * Starts replacing `target`. The files are written to a staging folder beside it (same file system, so the
 * renames are atomic); `commit` moves the old folder aside, the new one in, and deletes the old one, and
 * moves the old one back if the swap fails. Until then, and after `discard`, `target` is untouched.
 */
export async function stageDirectory(target: string): Promise<StagedDirectory> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}-staging-`));
  const folders = new Set<string>([staging]);
  return {
    write(path, content) {
      const full = join(staging, checkedPath(path));
      const folder = dirname(full);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      return writeHashed(full, path, content);
    },
    async commit() {
      const retired = staging.replace(/-staging-([^-]+)$/, '-retired-$1');
      const hadTarget = await exists(target);
      if (hadTarget) await rename(target, retired);
      try {
        await rename(staging, target);
      } catch (error) {
        if (hadTarget) await rename(retired, target);
        await rm(staging, { recursive: true, force: true });
        throw error;
      }
      if (hadTarget) await rm(retired, { recursive: true, force: true });
    },
    async discard() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}

/**
 * Replaces `target` with a folder holding exactly `files`, or leaves it as it was (see `stageDirectory`).
 * A failure before the swap removes the staging folder.
 */
export async function replaceDirectory(target: string, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) checkedPath(file.path);
  const staged = await stageDirectory(target);
  try {
    for (const file of files) staged.write(file.path, file.content);
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
}

function checkedPath(path: string): string {
  const normalized = normalize(path);
  if (isAbsolute(normalized) || normalized === '..' || normalized.startsWith(`..${sep}`)) {
    throw new Error(`output path escapes the output folder: ${path}`);
  }
  return normalized;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
