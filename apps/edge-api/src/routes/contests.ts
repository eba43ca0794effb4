import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { ContestFilter } from '@tally/core';
import { resultRecords } from '@tally/core';
import { z } from 'zod';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody, resourceBody } from '../api/links.js';
import { ContestIdParams, ContestListQuery, DEFAULT_PAGE_SIZE, ResultsQuery } from '../api/params.js';
import { contestDetail, contestItem, describedBy } from '../api/resources.js';
import {
  CSV_HEADERS,
  invalid,
  JSON_TYPE,
  notFound,
  notModified,
  ok,
  preconditionFailed,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { ContestEnvelope, ContestList, ResultsEnvelope } from '../api/schemas.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { sendResults, wantsCsv } from './results-representation.js';

export const listContestsRoute = createRoute({
  method: 'get',
  path: '/v1/contests',
  tags: ['contests'],
  summary: 'List contests',
  description: 'Contests by date then id, filtered and paginated; `race` selects one race’s contests.',
  request: { query: ContestListQuery },
  responses: {
    200: ok(ContestList, 'One page of contests.'),
    304: notModified,
    400: invalid,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const getContestRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}',
  tags: ['contests'],
  summary: 'Get a contest',
  description:
    'The contest in full: its rows (each with its rank, stated percent and computed share), the Total row, the ' +
    'outcome and winner, the statewide delegate model, the audit findings and the provenance of every figure.',
  request: { params: ContestIdParams },
  responses: {
    200: ok(ContestEnvelope, 'The contest.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const RESULTS_DESCRIPTION =
  'Every result row in the one results layout (`ResultRecord`: OpenElections’ columns, then the race, contest, ' +
  'reporting unit and source line), rows in table order. CSV with `Accept: text/csv` or `?format=csv` (the ' +
  'query wins), with a `Content-Disposition` file name; JSON otherwise. The CSV’s header and columns are the ' +
  'same for a contest, a race and the data package’s `results.csv`, so the files concatenate. Responses vary on `Accept`.';

/** The declaration of a results answer: JSON or CSV, both 200. */
export function resultsResponse(description: string) {
  return {
    description,
    headers: CSV_HEADERS,
    content: {
      'application/json': { schema: ResultsEnvelope },
      'text/csv': {
        schema: z.string().meta({
          description:
            'RFC 4180, CRLF, UTF-8 without a byte-order mark; the header names the columns of `ResultRecord` ' +
            'flattened (`state,county,precinct,office,district,party,candidate,votes,...,source_line`).',
        }),
      },
    },
  };
}

export const getContestResultsRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}/results',
  tags: ['contests'],
  summary: "Get a contest's result rows",
  description: RESULTS_DESCRIPTION,
  request: { params: ContestIdParams, query: ResultsQuery },
  responses: {
    200: resultsResponse('The contest’s result rows.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

/** The contest filter of a validated query, without the paging fields. */
export function filterOf(query: ContestFilter): ContestFilter {
  const { race, year, state, party, type, from, to } = query;
  return { race, year, state, party, type, from, to };
}

export function contestRoutes(deps: Deps) {
  const { store, cache, metaFor } = deps;
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listContestsRoute, async (c) => {
      const query = c.req.valid('query');
      const filter = filterOf(query);
      const offset = query.cursor ?? 0;
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const key = canonicalUrl('/v1/contests', { ...filter, limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const page = await store.listContests(filter, { offset, limit });
        return JSON.stringify(
          listBody(
            '/v1/contests',
            { ...filter },
            offset,
            limit,
            { ...page, items: page.items.map(contestItem) },
            metaFor(page.items.length > 0 ? page.items.flatMap((item) => item.sources) : undefined),
          ),
        );
      });
      return reply(listContestsRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getContestRoute, async (c) => {
      const { id } = c.req.valid('param');
      const record = await store.getContest(id);
      if (!record) return reply(getContestRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      const path = `/v1/contests/${id}`;
      const representation = await cache.get(path, JSON_TYPE, () =>
        JSON.stringify(
          resourceBody(
            contestDetail(record),
            {
              self: path,
              results: `${path}/results`,
              units: `${path}/units`,
              race: `/v1/races/${record.summary.raceId}`,
            },
            metaFor(record.summary.sources),
          ),
        ),
      );
      return reply(getContestRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getContestResultsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const record = await store.getContest(id);
      if (!record)
        return reply(getContestResultsRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      const path = `/v1/contests/${id}/results`;
      const response = await sendResults(c, deps, {
        path,
        csv: wantsCsv(c, format),
        fileName: `tally-${id}-results.csv`,
        links: { race: `/v1/races/${record.summary.raceId}`, contest: `/v1/contests/${id}` },
        describedBy: describedBy(record.contest),
        kinds: record.summary.sources,
        rows: async () => resultRecords(record.contest),
      });
      return reply(getContestResultsRoute, response);
    });
}
