import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { dataPackageRoot } from './package-roots.js';

/**
 * Reads the source document a contest was built from, given `contest.source.file`: a path inside the data
 * package, or a bare file name in its `sources/` folder.
 */
export async function readSourceDocument(file: string, root = dataPackageRoot()): Promise<string> {
  const candidates = [resolve(root, file), resolve(root, 'sources', basename(file))];
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(`source document ${file} not found in @tally/data (looked at ${candidates.join(', ')})`);
  }
  return readFile(found, 'utf8');
}
