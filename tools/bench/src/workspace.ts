import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Where things are: the workspace packages the bench drives, and the tools it runs. */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const rootDir = resolve(benchDir, '../..');
export const workDir = join(benchDir, '.work');
export const dataDir = join(rootDir, 'packages/data');
export const edgeApiDir = join(rootDir, 'apps/edge-api');
export const benchEntry = join(benchDir, 'src/worker/bench-entry.ts');
export const benchD1Entry = join(benchDir, 'src/worker/bench-d1-entry.ts');

/** Wrangler's own miniflare (its local D1 runs the D1 Worker): the bench uses the version wrangler ships with. */
const wranglerRequire = createRequire(require.resolve('wrangler/package.json'));

export const tools = {
  wrangler: join(dirname(require.resolve('wrangler/package.json')), 'bin/wrangler.js'),
  jsonServer: join(dirname(require.resolve('json-server/package.json')), 'lib/cli/bin.js'),
  miniflare: wranglerRequire.resolve('miniflare'),
};

export function packageVersion(name: string): string {
  const path = (name === 'miniflare' ? wranglerRequire : require).resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
