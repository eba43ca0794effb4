import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things are: this package, the Worker it drives and the file its runs write. */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const rootDir = resolve(packageDir, '../..');
export const edgeApiDir = join(rootDir, 'apps/edge-api');
/** What `pnpm --filter @tally/edge-api build` (`wrangler deploy --dry-run --outdir dist`) writes. */
export const workerDistDir = join(edgeApiDir, 'dist');
export const resultsPath = join(packageDir, 'RESULTS.md');
