import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../src/check-sources.ts';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An entry of the sources folder the build does not read, and why. */
export type Skipped = { name: string; why: string };

/** Why an entry of the sources folder is not read as a document; null for a regular `*.txt` file. */
function whySkipped(entry: Dirent): string | null {
  if (entry.isSymbolicLink()) return 'a symbolic link (copy the document in instead)';
  if (entry.isDirectory()) return 'a folder';
  if (!entry.isFile()) return 'not a regular file';
  if (!entry.name.endsWith('.txt')) return 'not a *.txt document';
  return null;
}

/**
 * The `*.txt` files of `dir`, in code-point order of their names (the order a build reads them in), and
 * every other entry it skips, with the reason: a symbolic link, a folder, another kind of file.
 */
export function readSourceDirectory(dir: string): { names: string[]; skipped: Skipped[] } {
  const names: string[] = [];
  const skipped: Skipped[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const why = whySkipped(entry);
    if (why === null) names.push(entry.name);
    else skipped.push({ name: entry.name, why });
  }
  return { names: names.sort(byCodePoint), skipped: skipped.sort((a, b) => byCodePoint(a.name, b.name)) };
}

/** The `*.txt` files of `dir`, in code-point order of their names: the order a build reads them in. */
export function sourceNames(dir: string): string[] {
  return readSourceDirectory(dir).names;
}

/**
 * Each source in turn, named `sources/<name>`, so a build holds one document at a time. Synchronous: for
 * thousands of small files the thread pool's round trip costs more than the read.
 */
export function* readSources(dir: string, names: readonly string[]): Generator<SourceFile> {
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    yield {
      file: `sources/${name}`,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }
}
