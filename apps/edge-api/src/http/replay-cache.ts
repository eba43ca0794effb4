import { matchesIfNoneMatch } from './conditional.js';

/**
 * A response the app gave, kept so that it can be sent again exactly: status, headers, body. The
 * headers are kept as one `Headers` object: a response built from it copies them inside the runtime,
 * where one built from name-value pairs converts every pair from JavaScript again (in a workerd test,
 * a lookup's answer with the API's 17 headers cost 1.35 to 1.5 times the CPU that way).
 */
type Stored = { status: number; headers: Headers; body: Uint8Array<ArrayBuffer> | null };

/** What the app answered for one URL: its 200, and its 304 once a revalidation has reached it. */
type Entry = { etag: string; ok: Stored | null; notModified: Stored | null; bytes: number };

export type ReplayCache = {
  /** The app's earlier answer to this request, sent again; null when only the app can answer it. */
  replay(request: Request): Response | null;
  /**
   * Keeps the app's answer when it may be replayed, and returns the response to send. Kept: answers to a
   * GET, 200 or 304, with an ETag, publicly cacheable and varying on nothing, for a URL no longer than
   * `maxUrlLength`. The app's data never changes while the Worker runs, so neither does such an answer.
   */
  keep(request: Request, response: Response): Promise<Response>;
  readonly size: number;
  readonly bytes: number;
};

export type ReplayCacheOptions = { maxBytes?: number; maxUrlLength?: number };

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

function send(stored: Stored, method: string): Response {
  return new Response(method === 'HEAD' ? null : stored.body, {
    status: stored.status,
    headers: stored.headers,
  });
}

function headerBytes(headers: Headers): number {
  let total = 0;
  for (const [name, value] of headers) total += name.length + value.length;
  return total;
}

/**
 * Answers repeated requests without running the app: a map from the request URL to what the app sent
 * for it, least recently used first out once it holds `maxBytes`. A conditional request replays the
 * app's own 304 when its tag matches (the app answers the first such request itself), and the 200
 * when it does not; a request the cache has not seen, or one it cannot tell apart, goes to the app.
 */
export function createReplayCache(options: ReplayCacheOptions = {}): ReplayCache {
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const maxUrlLength = options.maxUrlLength ?? 2048;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  function touch(key: string, entry: Entry): void {
    entries.delete(key);
    entries.set(key, entry);
  }

  function evict(): void {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(key);
      bytes -= entry.bytes;
    }
  }

  return {
    replay(request) {
      // A precondition is the app's to judge: a stored 200 must never answer a failed If-Match.
      if (!isRead(request.method) || request.headers.has('if-match')) return null;
      const entry = entries.get(request.url);
      if (!entry) return null;
      const condition = request.headers.get('if-none-match');
      const stored =
        condition !== null && matchesIfNoneMatch(condition, entry.etag) ? entry.notModified : entry.ok;
      if (!stored) return null;
      touch(request.url, entry);
      return send(stored, request.method);
    },

    async keep(request, response) {
      const etag = response.headers.get('etag');
      const replayable =
        request.method === 'GET' &&
        (response.status === 200 || response.status === 304) &&
        etag !== null &&
        (response.headers.get('cache-control') ?? '').startsWith('public') &&
        !response.headers.has('vary') &&
        request.url.length <= maxUrlLength;
      if (!replayable) return response;

      const headers = new Headers(response.headers);
      const body = response.status === 200 ? new Uint8Array(await response.arrayBuffer()) : null;
      const stored: Stored = { status: response.status, headers, body };
      const size = headerBytes(headers) + (body?.byteLength ?? 0);

      const known = entries.get(request.url);
      if (known && known.etag !== etag) {
        entries.delete(request.url);
        bytes -= known.bytes;
      }
      const entry: Entry = known?.etag === etag ? known : { etag, ok: null, notModified: null, bytes: 0 };
      const slot = response.status === 200 ? 'ok' : 'notModified';
      if (entry[slot] === null) {
        entry[slot] = stored;
        entry.bytes += size;
        bytes += size;
      }
      touch(request.url, entry);
      evict();
      return send(stored, request.method);
    },

    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
