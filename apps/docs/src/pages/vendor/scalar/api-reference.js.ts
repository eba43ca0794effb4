// `/vendor/scalar/api-reference.js`: Scalar's standalone API reference bundle, the version the lockfile pins, so
// the Worker's interactive reference (`/reference`) loads its code from this site, never from a CDN: offline too.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export async function GET() {
  // The package exports no path to its browser build: it sits beside the entry point, in dist/browser/.
  const dist = dirname(require.resolve('@scalar/api-reference'));
  const bundle = await readFile(join(dist, 'browser', 'standalone.js'));
  return new Response(bundle, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
