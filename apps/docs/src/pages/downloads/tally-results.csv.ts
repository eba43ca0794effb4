// `/downloads/tally-results.csv`: the data package's results.csv as it ships, every result row in the one layout.
// public/_headers gives it a Content-Disposition file name where Workers Static Assets serve the site.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataPackageRoot } from '../../lib/package-roots.js';

export async function GET() {
  const csv = await readFile(join(dataPackageRoot(), 'dist', 'results.csv'));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
}
