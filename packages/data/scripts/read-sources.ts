import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../src/check-sources.ts';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The folder of `sources/` that holds OpenElections results files, one folder per state. */
export const OPENELECTIONS_DIR = 'openelections';
/** What that folder holds besides the state folders: the files' origins and their credit. */
const OPENELECTIONS_FILES = new Set(['manifest.json', 'ATTRIBUTION.md', '.gitattributes']);

/** An entry of the sources folder the build does not read, and why. */
export type Skipped = { name: string; why: string };

/** Why an entry is not read as a source of the kind its place holds; null for a regular file of that kind. */
function whySkipped(entry: Dirent, extension: '.txt' | '.csv'): string | null {
  if (entry.isSymbolicLink()) return 'a symbolic link (copy the document in instead)';
  if (entry.isDirectory()) return 'a folder';
  if (!entry.isFile()) return 'not a regular file';
  if (!entry.name.endsWith(extension)) return `not a *${extension} document`;
  return null;
}

/**
 * The sources of `dir`, each list in code-point order of its names (the order a build reads them in): the
 * `*.txt` articles, and the OpenElections `*.csv` files of `openelections/<state>/` (as paths relative to
 * `dir`); and every other entry it skips, with the reason: a symbolic link, a folder, another kind of file.
 */
export function readSourceDirectory(dir: string): { names: string[]; csvs: string[]; skipped: Skipped[] } {
  const names: string[] = [];
  const csvs: string[] = [];
  const skipped: Skipped[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === OPENELECTIONS_DIR && entry.isDirectory()) {
      readOpenElectionsDirectory(join(dir, entry.name), csvs, skipped);
      continue;
    }
    const why = whySkipped(entry, '.txt');
    if (why === null) names.push(entry.name);
    else skipped.push({ name: entry.name, why });
  }
  return {
    names: names.sort(byCodePoint),
    csvs: csvs.sort(byCodePoint),
    skipped: skipped.sort((a, b) => byCodePoint(a.name, b.name)),
  };
}

/** `openelections/`: its state folders' `*.csv` files, beside its manifest and attribution. */
function readOpenElectionsDirectory(dir: string, csvs: string[], skipped: Skipped[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = `${OPENELECTIONS_DIR}/${entry.name}`;
    if (entry.isDirectory() && !entry.isSymbolicLink()) {
      for (const file of readdirSync(join(dir, entry.name), { withFileTypes: true })) {
        const why = whySkipped(file, '.csv');
        if (why === null) csvs.push(`${name}/${file.name}`);
        else skipped.push({ name: `${name}/${file.name}`, why });
      }
    } else if (!(entry.isFile() && OPENELECTIONS_FILES.has(entry.name))) {
      skipped.push({ name, why: 'not a state folder of *.csv files, manifest.json or ATTRIBUTION.md' });
    }
  }
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
