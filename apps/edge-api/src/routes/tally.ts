import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl } from '../api/links.js';
import { FilterQuery } from '../api/params.js';
import { invalid, JSON_TYPE, notModified, ok, reply, uriTooLong } from '../api/responses.js';
import { TallyResult } from '../api/schemas.js';
import { sendRepresentation } from '../http/representations.js';
import { filterOf } from './contests.js';

export const tallyRoute = createRoute({
  method: 'get',
  path: '/v1/tally',
  tags: ['tally'],
  summary: 'Tally contests',
  description:
    'Votes, delegates and wins per candidate across the contests the filter selects (the same ' +
    'filter as /v1/contests), and the running totals after each contest date.',
  request: { query: FilterQuery },
  responses: {
    200: ok(TallyResult, 'The cross-contest tally.'),
    304: notModified,
    400: invalid,
    414: uriTooLong,
  },
});

export function tallyRoutes({ store, cache, attribution }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters }).openapi(tallyRoute, async (c) => {
    const filter = filterOf(c.req.valid('query'));
    const representation = await cache.get(canonicalUrl('/v1/tally', { ...filter }), JSON_TYPE, async () =>
      JSON.stringify({ tally: await store.tally(filter), attribution }),
    );
    return reply(tallyRoute, sendRepresentation(c.req.raw, representation));
  });
}
