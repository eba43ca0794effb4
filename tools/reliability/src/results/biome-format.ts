import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from '../workspace.ts';

/** `markdown` as the repository's formatter (Biome, at the root) would print it: what `biome check` expects. */
export function biomeFormatted(markdown: string): string {
  return execFileSync(
    process.execPath,
    [join(rootDir, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--stdin-file-path=RESULTS.md'],
    { cwd: rootDir, input: markdown, encoding: 'utf8' },
  );
}
