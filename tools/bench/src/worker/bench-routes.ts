// The bench's own routes, answered before Tally's Worker in both bench entries.
import type { BenchWorker } from 'tally-bench-worker';

const FLOOR_BODY = 'ok\n';
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/** The constant response: what the runtime costs with no API behind it. */
export function floor(): Response {
  return new Response(FLOOR_BODY, { headers: TEXT });
}

/**
 * `/__floor`, and `/__replays`: how many answers the Worker's replay cache holds and their bytes, to
 * tell afterwards whether requests cycling through many ids were replayed or reached the app.
 */
export function benchRoute(request: Request, worker: BenchWorker): Response | null {
  const { url } = request;
  if (url.endsWith('/__floor')) return floor();
  if (url.endsWith('/__replays')) {
    const replays = worker.replays;
    return Response.json({ entries: replays?.size ?? null, bytes: replays?.bytes ?? null });
  }
  return null;
}
