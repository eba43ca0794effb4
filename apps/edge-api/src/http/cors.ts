import type { MiddlewareHandler } from 'hono';

/** The only methods the API answers: it is read-only. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** On every response: any origin may read, and see the headers a client needs to revalidate and page. */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Allow',
} as const;

/** The answer to a preflight: reads from any origin, with any request header, cached for a day. */
export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': ALLOWED_METHODS,
  'access-control-allow-headers': '*',
  'access-control-max-age': '86400',
  allow: ALLOWED_METHODS,
} as const;

/** Adds the CORS headers to every response, errors included, so a browser can read a problem too. */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(CORS_HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
