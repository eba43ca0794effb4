// The Worker over D1 (`wrangler deploy --env d1`): the same app as src/index.ts, reading the data from
// the `DB` binding instead of the bundle, for corpora past what a Worker bundle holds (README.md).
import { CORS_HEADERS } from './http/cors.js';
import { problem } from './http/problem.js';
import { createWorker } from './worker.js';

/** The bindings of wrangler.jsonc's `env.d1`. */
export type D1Env = { DB: D1Database };

/** The app of this isolate, built on its first request from the manifest in D1, then kept. */
async function openApp(env: D1Env) {
  // app.js first: it extends zod with `.openapi()` before anything else builds a schema.
  const { createApp } = await import('./app.js');
  const { openD1Store } = await import('./store/d1-store.js');
  const opened = await openD1Store(env.DB);
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
  return createApp(opened.store);
}

export default createWorker<D1Env>(openApp, {
  unavailable(error, request) {
    console.error(error instanceof Error ? error.message : error);
    const response = problem(
      'internal-error',
      request.url,
      'The API has no data to serve; the failure is logged.',
    );
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    return response;
  },
});
