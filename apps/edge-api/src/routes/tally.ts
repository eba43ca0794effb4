import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, resourceBody } from '../api/links.js';
import { FilterQuery } from '../api/params.js';
import { raceTally } from '../api/resources.js';
import {
  invalid,
  JSON_TYPE,
  notModified,
  ok,
  preconditionFailed,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { TallyEnvelope } from '../api/schemas.js';
import { inertJson } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { filterOf } from './contests.js';

export const tallyRoute = createRoute({
  method: 'get',
  path: '/v1/tally',
  tags: ['tally'],
  summary: 'Tally contests, race by race',
  description:
    'The contests the filter selects (the same filter as /v1/contests), grouped by race and tallied race by ' +
    'race: votes, delegates and wins per candidate, and the running totals after each date. Figures are never ' +
    'added across races.',
  request: { query: FilterQuery },
  responses: {
    200: ok(TallyEnvelope, 'Each race of the selected contests.'),
    304: notModified,
    400: invalid,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export function tallyRoutes({ store, cache, meta }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters }).openapi(tallyRoute, async (c) => {
    const filter = filterOf(c.req.valid('query'));
    const self = canonicalUrl('/v1/tally', { ...filter });
    const representation = await cache.get(self, JSON_TYPE, async () => {
      const races = await store.tally(filter);
      const echoed = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
      // The filter is echoed as sent: written with `<`, `>` and `&` escaped, so it can never read as markup.
      return inertJson(resourceBody({ filter: echoed, races: races.map(raceTally) }, { self }, meta));
    });
    return reply(tallyRoute, sendRepresentation(c.req.raw, representation));
  });
}
