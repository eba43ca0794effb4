import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../src/check-sources.ts';

/** The `*.txt` files of `dir`, in code-point order of their names: the order a build reads them in. */
export function sourceNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
