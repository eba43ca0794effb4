import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { searchKey } from '@tally/core';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, resourceBody } from '../api/links.js';
import { DEFAULT_SEARCH_LIMIT, SearchQuery } from '../api/params.js';
import { searchResult } from '../api/resources.js';
import {
  invalid,
  JSON_TYPE,
  notModified,
  ok,
  preconditionFailed,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { SearchEnvelope } from '../api/schemas.js';
import { sendRepresentation } from '../http/representations.js';

export const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['search'],
  summary: 'Search contests and candidates',
  description:
    'Contests (by title, state name or code, id) and candidates (by any spelling of their name, or id) ' +
    'whose names start with the query, term by term, ignoring case, accents and punctuation: ' +
    '`kerry`, `N. Dakota`, `nd`, `north car`. Whole-name matches first, then matches at a name start. ' +
    'A query naming a contest and a candidate, in either order (`michigan kerry`, `kerry nd`), also finds the ' +
    'candidate’s result in that contest (`results`).',
  request: { query: SearchQuery },
  responses: {
    200: ok(SearchEnvelope, 'What matched, best first.'),
    304: notModified,
    400: invalid,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export function searchRoutes({ store, cache, meta }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters }).openapi(searchRoute, async (c) => {
    const { q } = c.req.valid('query');
    const limit = c.req.valid('query').limit ?? DEFAULT_SEARCH_LIMIT;
    // Queries that fold to the same terms share one cache entry.
    const key = canonicalUrl('/v1/search', { q: searchKey(q), limit });
    const representation = await cache.get(key, JSON_TYPE, async () => {
      const hits = await store.search(q, limit);
      return JSON.stringify(resourceBody(searchResult(hits), { self: key }, meta));
    });
    return reply(searchRoute, sendRepresentation(c.req.raw, representation));
  });
}
