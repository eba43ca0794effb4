// The bench's own routes, answered before Tally's Worker in both bench entries.
import type { BenchWorker } from 'tally-bench-worker';

const FLOOR_BODY = 'ok\n';
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

/** The constant response: what the runtime costs with no API behind it. */
export function floor(): Response {
  return new Response(FLOOR_BODY, { headers: TEXT });
}

/** A response kept as its parts, to be sent again and again as a constant, as the replay cache keeps one. */
type Kept = { status: number; headers: Headers; body: Uint8Array<ArrayBuffer> };

/** The Worker's first answer to each `of` path, kept by `/__floor-sized`. */
const sized = new Map<string, Promise<Kept>>();

async function keep(worker: BenchWorker, url: URL, of: string, env: unknown, ctx: unknown): Promise<Kept> {
  const response = await worker.fetch(new Request(new URL(of, url.origin)), env, ctx);
  return {
    status: response.status,
    headers: new Headers(response.headers),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

/**
 * `/__floor-sized?of=PATH`: the Worker's answer to PATH (its first, asked once), then sent as a
 * constant: the same status, headers and body bytes with no lookup behind them. Against the plain
 * floor it measures what sending that response costs; against the route itself, what answering it does.
 */
function floorSized(
  request: Request,
  worker: BenchWorker,
  env: unknown,
  ctx: unknown,
): Response | Promise<Response> {
  const url = new URL(request.url);
  const of = url.searchParams.get('of');
  if (!of?.startsWith('/')) return new Response('?of=/path expected\n', { status: 400, headers: TEXT });
  let kept = sized.get(of);
  if (!kept) {
    kept = keep(worker, url, of, env, ctx);
    sized.set(of, kept);
  }
  return kept.then(
    ({ status, headers, body }) => new Response(body, { status, headers }),
    (error: unknown) => {
      sized.delete(of);
      throw error;
    },
  );
}

/**
 * `/__floor`, `/__floor-sized?of=PATH`, and `/__replays`: how many answers the Worker's replay cache
 * holds and their bytes, to tell afterwards whether requests cycling through many ids were replayed or
 * reached the app.
 */
export function benchRoute(
  request: Request,
  worker: BenchWorker,
  env: unknown,
  ctx: unknown,
): Response | Promise<Response> | null {
  const { url } = request;
  if (url.endsWith('/__floor')) return floor();
  if (url.includes('/__floor-sized?')) return floorSized(request, worker, env, ctx);
  if (url.endsWith('/__replays')) {
    const replays = worker.replays;
    return Response.json({ entries: replays?.size ?? null, bytes: replays?.bytes ?? null });
  }
  return null;
}
