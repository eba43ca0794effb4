import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { searchKey } from '@tally/core';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl } from '../api/links.js';
import { SearchQuery } from '../api/params.js';
import { invalid, JSON_TYPE, notModified, ok, reply, uriTooLong } from '../api/responses.js';
import { SearchResults } from '../api/schemas.js';
import { sendRepresentation } from '../http/representations.js';

export const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['search'],
  summary: 'Search contests and candidates',
  description:
    'Contests (by title, state name or code, id) and candidates (by any spelling of their name, or id) ' +
    'whose names start with the query, term by term, ignoring case, accents and punctuation: ' +
    '`kerry`, `N. Dakota`, `nd`, `north car`. Whole-name matches first, then matches at a name start.',
  request: { query: SearchQuery },
  responses: {
    200: ok(SearchResults, 'What matched, best first.'),
    304: notModified,
    400: invalid,
    414: uriTooLong,
  },
});

export function searchRoutes({ store, cache, attribution }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters }).openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    // Queries that fold to the same terms share one cache entry.
    const key = canonicalUrl('/v1/search', { q: searchKey(q), limit });
    const representation = await cache.get(key, JSON_TYPE, async () =>
      JSON.stringify({ ...(await store.search(q, limit)), attribution }),
    );
    return reply(searchRoute, sendRepresentation(c.req.raw, representation));
  });
}
