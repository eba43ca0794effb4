import { matchesIfMatch, matchesIfNoneMatch } from './conditional.js';
import { problem } from './problem.js';

/** A response body serialised once, with its strong entity tag. */
export type Representation = {
  body: Uint8Array;
  etag: string;
  contentType: string;
};

export type RepresentationCache = {
  /** The representation stored under `key`, built (once, even under concurrent requests) if absent. */
  get(key: string, contentType: string, build: () => string | Promise<string>): Promise<Representation>;
  readonly size: number;
  readonly bytes: number;
};

const encoder = new TextEncoder();

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A bounded map from a canonical request key to its serialised body, least recently used first out.
 * The entity tag is the data version (`dataHash`) and a digest of the body: it changes when either does.
 */
export function createRepresentationCache(dataHash: string, maxBytes = 8 * 1024 * 1024): RepresentationCache {
  const entries = new Map<string, Promise<Representation>>();
  const sizes = new Map<string, number>();
  let bytes = 0;

  function evict(): void {
    for (const key of entries.keys()) {
      if (bytes <= maxBytes || entries.size <= 1) break;
      entries.delete(key);
      bytes -= sizes.get(key) ?? 0;
      sizes.delete(key);
    }
  }

  return {
    get(key, contentType, build) {
      const known = entries.get(key);
      if (known) {
        entries.delete(key);
        entries.set(key, known);
        return known;
      }
      const made = (async () => {
        const body = encoder.encode(await build());
        const etag = `"${dataHash.slice(0, 16)}-${(await sha256Hex(body)).slice(0, 32)}"`;
        return { body, etag, contentType };
      })();
      entries.set(key, made);
      made.then(
        (representation) => {
          if (entries.get(key) !== made) return;
          sizes.set(key, representation.body.byteLength);
          bytes += representation.body.byteLength;
          evict();
        },
        () => {
          if (entries.get(key) === made) entries.delete(key);
        },
      );
      return made;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** How long shared caches and browsers may keep a data response, and serve it stale while refetching. */
export const DATA_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/**
 * The response for a representation: 412 when an `If-Match` field does not match its tag (strong comparison),
 * else 304 when `If-None-Match` matches it (weak comparison), else 200 with the body. The 200 and the 304
 * carry the tag, `Cache-Control` and `Vary`, as RFC 9110 asks of a 304.
 */
export function sendRepresentation(
  request: Request,
  representation: Representation,
  options: { cacheControl?: string; vary?: string; headers?: Record<string, string> } = {},
): Response {
  const headers: Record<string, string> = {
    etag: representation.etag,
    'cache-control': options.cacheControl ?? DATA_CACHE_CONTROL,
    ...(options.vary ? { vary: options.vary } : {}),
  };
  const ifMatch = request.headers.get('if-match');
  if (ifMatch !== null && !matchesIfMatch(ifMatch, representation.etag)) {
    return problem(
      'precondition-failed',
      request.url,
      `If-Match names no current representation of this resource; its entity tag is ${representation.etag}.`,
      { headers: { etag: representation.etag, ...(options.vary ? { vary: options.vary } : {}) } },
    );
  }
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), representation.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(representation.body, {
    status: 200,
    headers: {
      ...headers,
      ...options.headers,
      'content-type': representation.contentType,
      'content-length': String(representation.body.byteLength),
    },
  });
}
