import type { RouteConfig, RouteConfigToTypedResponse } from '@hono/zod-openapi';
import type { z } from 'zod';
import { MAX_QUERY_STRING_LENGTH, MAX_URL_LENGTH } from '../http/guard.js';
import { Problem } from './schemas.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

const CACHE_HEADERS = {
  ETag: {
    description: 'Strong: the data version and a digest of the body.',
    schema: { type: 'string' as const },
  },
  'Cache-Control': {
    description: 'public, with max-age and stale-while-revalidate',
    schema: { type: 'string' as const },
  },
};

/** The headers of a CSV answer: its file name, and the licence and article links (RFC 8288). */
export const CSV_HEADERS = {
  ...CACHE_HEADERS,
  'Content-Disposition': {
    description: 'attachment, with the file name: `tally-{id}-results.csv`.',
    schema: { type: 'string' as const },
  },
  Link: {
    description: 'The licence (`rel="license"`) and, for a contest, its article (`rel="describedby"`).',
    schema: { type: 'string' as const },
  },
};

/** A 200 JSON response declaration. */
export function ok<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: CACHE_HEADERS, content: { 'application/json': { schema } } };
}

export const notModified = {
  description: 'Not Modified: an `If-None-Match` tag matches the current representation.',
  headers: CACHE_HEADERS,
};

export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: Problem } } };
}

export const invalid = problemResponse(
  'Invalid parameter: `issues` lists each one (`invalid-parameter`): a value its schema refuses, an unknown ' +
    'parameter, a parameter given more than once (code `repeated`); or a query string over ' +
    `${MAX_QUERY_STRING_LENGTH} characters (\`query-too-long\`).`,
);
export const queryTooLong = problemResponse(
  `A query string over ${MAX_QUERY_STRING_LENGTH} characters (\`query-too-long\`).`,
);
export const notFound = problemResponse('No such id (`not-found`).');
export const preconditionFailed = problemResponse(
  'Precondition Failed: an `If-Match` field names no current representation (`precondition-failed`): ' +
    'not `*` and no listed strong entity tag equal to the current `ETag`, or not a well-formed list of entity tags.',
);
export const uriTooLong = problemResponse(
  `URI Too Long: the path and query are over ${MAX_URL_LENGTH} characters (\`uri-too-long\`).`,
);

/**
 * Handlers answer with prepared Responses (bodies serialised once and cached, 304s), not `c.json`;
 * this states that such a Response is one the route declares, so the typed client still sees the schemas.
 */
export function reply<R extends RouteConfig>(_route: R, response: Response): RouteConfigToTypedResponse<R> {
  return response as unknown as RouteConfigToTypedResponse<R>;
}
