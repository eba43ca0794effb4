import type { MiddlewareHandler } from 'hono';
import { ALLOWED_METHODS, PREFLIGHT_HEADERS } from './cors.js';
import { problem } from './problem.js';

/** Longest request target (path and query, as sent) served; longer ones get 414 before any routing. */
export const MAX_URL_LENGTH = 2048;
/** Longest query string (after the `?`) read; longer ones get 400 before any parameter is parsed. */
export const MAX_QUERY_STRING_LENGTH = 1024;

/** The request target of an absolute URL: its path and query, as sent, whatever host it was sent to. */
export function requestTarget(url: string): string {
  const path = url.indexOf('/', url.indexOf('//') + 2);
  return path === -1 ? '/' : url.slice(path);
}

/**
 * The gate in front of the routes: refuses over-long URLs (414), answers OPTIONS (a CORS preflight, 204) on
 * known paths, refuses every method but GET, HEAD and OPTIONS (405 on a known path, else 404), and
 * refuses over-long query strings (400).
 */
export function guard(isKnownPath: (path: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const target = requestTarget(url);
    if (target.length > MAX_URL_LENGTH) {
      return problem(
        'uri-too-long',
        url,
        `The URL's path and query are ${target.length} characters long; at most ${MAX_URL_LENGTH} are served.`,
      );
    }
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') {
      const query = target.indexOf('?');
      const length = query === -1 ? 0 : target.length - query - 1;
      if (length > MAX_QUERY_STRING_LENGTH) {
        return problem(
          'query-too-long',
          url,
          `The query string is ${length} characters long; at most ${MAX_QUERY_STRING_LENGTH} are read.`,
        );
      }
      return next();
    }
    if (!isKnownPath(c.req.path)) return problem('not-found', url, 'No resource lives at this path.');
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
    return problem('method-not-allowed', url, `The API is read-only: only ${ALLOWED_METHODS} are accepted.`, {
      headers: { allow: ALLOWED_METHODS },
    });
  };
}

/** A matcher for Hono route paths (`/v1/contests/:id`): `:name` stands for one non-empty segment. */
export function pathMatcher(templates: readonly string[]): (path: string) => boolean {
  const patterns = templates.map((t) => t.split('/'));
  return (path) => {
    const segments = path.split('/');
    return patterns.some(
      (pattern) =>
        pattern.length === segments.length &&
        pattern.every((part, i) => (part.startsWith(':') ? segments[i] !== '' : part === segments[i])),
    );
  };
}

/**
 * A matcher for the paths the API owns: those whose first segment is the first segment of a route (`/v1/...`,
 * `/openapi.json`, `/reference`, `/healthz`). Every other path belongs to the docs site served beside the API.
 */
export function apiPathMatcher(templates: readonly string[]): (path: string) => boolean {
  const firsts = new Set(templates.map((t) => t.split('/')[1] ?? ''));
  return (path) => firsts.has(path.split('/')[1] ?? '');
}
