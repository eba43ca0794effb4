import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody, resourceBody } from '../api/links.js';
import { DEFAULT_PAGE_SIZE, RaceIdParams, RaceListQuery, ResultsQuery } from '../api/params.js';
import { raceDetail, raceItem } from '../api/resources.js';
import {
  invalid,
  JSON_TYPE,
  notFound,
  notModified,
  ok,
  preconditionFailed,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { RaceEnvelope, RaceList } from '../api/schemas.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { RESULTS_DESCRIPTION, resultsResponse } from './contests.js';
import { sendResults, wantsCsv } from './results-representation.js';

export const listRacesRoute = createRoute({
  method: 'get',
  path: '/v1/races',
  tags: ['races'],
  summary: 'List races',
  description:
    'Races (one party’s nomination in one year) by id, with their contests counted and dated, and the ' +
    'delegates at stake and needed to win where a cited source gives them; filtered by `year` and `party`.',
  request: { query: RaceListQuery },
  responses: {
    200: ok(RaceList, 'One page of races.'),
    304: notModified,
    400: invalid,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const getRaceRoute = createRoute({
  method: 'get',
  path: '/v1/races/{id}',
  tags: ['races'],
  summary: 'Get a race',
  description:
    'A race: its contests by date, the standings (votes, delegates, contests entered and won, delegates still ' +
    'needed where the number to win is cited), and the running totals after each contest date. Figures are ' +
    'the race’s own: nothing is added from another race.',
  request: { params: RaceIdParams },
  responses: {
    200: ok(RaceEnvelope, 'The race.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const getRaceResultsRoute = createRoute({
  method: 'get',
  path: '/v1/races/{id}/results',
  tags: ['races'],
  summary: "Get a race's result rows",
  description: `Every contest of the race, by date then id. ${RESULTS_DESCRIPTION}`,
  request: { params: RaceIdParams, query: ResultsQuery },
  responses: {
    200: resultsResponse('The race’s result rows.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export function raceRoutes(deps: Deps) {
  const { store, cache, meta, metaFor } = deps;
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listRacesRoute, async (c) => {
      const query = c.req.valid('query');
      const filter = { year: query.year, party: query.party };
      const offset = query.cursor ?? 0;
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const key = canonicalUrl('/v1/races', { ...filter, limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const page = await store.listRaces(filter, { offset, limit });
        return JSON.stringify(
          listBody(
            '/v1/races',
            { ...filter },
            offset,
            limit,
            { ...page, items: page.items.map(raceItem) },
            meta,
          ),
        );
      });
      return reply(listRacesRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getRaceRoute, async (c) => {
      const { id } = c.req.valid('param');
      const path = `/v1/races/${id}`;
      const record = await store.getRace(id);
      if (!record) return reply(getRaceRoute, problem('not-found', c.req.url, 'No race has this id.'));
      const representation = await cache.get(path, JSON_TYPE, () =>
        JSON.stringify(
          resourceBody(
            raceDetail(record.race, record.contests),
            { self: path, results: `${path}/results`, contests: `/v1/contests?race=${id}` },
            metaFor(record.contests.flatMap((contest) => contest.sources)),
          ),
        ),
      );
      return reply(getRaceRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getRaceResultsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const rows = await store.raceResults(id);
      if (!rows) return reply(getRaceResultsRoute, problem('not-found', c.req.url, 'No race has this id.'));
      const response = await sendResults(c, deps, {
        path: `/v1/races/${id}/results`,
        csv: wantsCsv(c, format),
        fileName: `tally-${id}-results.csv`,
        links: { race: `/v1/races/${id}`, contest: null },
        rows: async () => rows,
      });
      return reply(getRaceResultsRoute, response);
    });
}
