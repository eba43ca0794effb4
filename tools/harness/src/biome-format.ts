import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const rootDir = resolve(import.meta.dirname, '../../..');
const biome = createRequire(resolve(rootDir, 'package.json')).resolve('@biomejs/biome/bin/biome');

/** `markdown` as the repository's formatter (Biome, at the root) would print it: what `biome check` expects. */
export function biomeFormatted(markdown: string): string {
  return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=RESULTS.md'], {
    cwd: rootDir,
    input: markdown,
    encoding: 'utf8',
  });
}
