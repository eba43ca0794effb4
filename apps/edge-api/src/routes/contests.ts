import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { ContestFilter } from '@tally/core';
import { z } from 'zod';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody } from '../api/links.js';
import { ContestIdParams, ContestListQuery, ResultsQuery } from '../api/params.js';
import { articleUrl, LICENSE_URL, provenanceOf } from '../api/provenance.js';
import {
  CSV_TYPE,
  invalid,
  JSON_TYPE,
  notFound,
  notModified,
  ok,
  reply,
  uriTooLong,
} from '../api/responses.js';
import { ContestDetail, ContestList, ContestResults } from '../api/schemas.js';
import { toCsv } from '../http/csv.js';
import { negotiate } from '../http/negotiate.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';

export const listContestsRoute = createRoute({
  method: 'get',
  path: '/v1/contests',
  tags: ['contests'],
  summary: 'List contests',
  description: 'Contest summaries, by date then id, filtered and paginated.',
  request: { query: ContestListQuery },
  responses: {
    200: ok(ContestList, 'One page of contests.'),
    304: notModified,
    400: invalid,
    414: uriTooLong,
  },
});

export const getContestRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}',
  tags: ['contests'],
  summary: 'Get a contest',
  description:
    'The contest in full (rows, totals, infobox, tables, audit findings), its tally, the statewide ' +
    'delegate model and its provenance: source file and digest, Wikipedia article and licence.',
  request: { params: ContestIdParams },
  responses: {
    200: ok(ContestDetail, 'The contest.'),
    304: notModified,
    400: invalid,
    404: notFound,
    414: uriTooLong,
  },
});

export const getContestResultsRoute = createRoute({
  method: 'get',
  path: '/v1/contests/{id}/results',
  tags: ['contests'],
  summary: "Get a contest's results table",
  description:
    'The rows in table order, with the source line of each. CSV with `Accept: text/csv` or ' +
    '`?format=csv` (the query wins); JSON otherwise. Responses vary on `Accept`.',
  request: { params: ContestIdParams, query: ResultsQuery },
  responses: {
    200: {
      description: 'The results table.',
      headers: ok(ContestResults, '').headers,
      content: {
        'application/json': { schema: ContestResults },
        'text/csv': {
          schema: z.string().meta({
            description: 'RFC 4180, CRLF: candidate,candidate_id,kind,withdrawn,votes,percent,delegates,line',
          }),
        },
      },
    },
    304: notModified,
    400: invalid,
    404: notFound,
    414: uriTooLong,
  },
});

/** The contest filter of a validated query, without the paging fields. */
export function filterOf(query: ContestFilter): ContestFilter {
  const { year, state, party, type, from, to } = query;
  return { year, state, party, type, from, to };
}

const CSV_HEADER = [
  'candidate',
  'candidate_id',
  'kind',
  'withdrawn',
  'votes',
  'percent',
  'delegates',
  'line',
];

export function contestRoutes({ store, cache, attribution }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listContestsRoute, async (c) => {
      const query = c.req.valid('query');
      const filter = filterOf(query);
      const offset = query.cursor ?? 0;
      const key = canonicalUrl('/v1/contests', { ...filter, limit: query.limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const page = await store.listContests(filter, { offset, limit: query.limit });
        return JSON.stringify(
          listBody('/v1/contests', { ...filter }, offset, query.limit, page, attribution),
        );
      });
      return reply(listContestsRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getContestRoute, async (c) => {
      const { id } = c.req.valid('param');
      const record = await store.getContest(id);
      if (!record) return reply(getContestRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      const representation = await cache.get(`/v1/contests/${id}`, JSON_TYPE, () =>
        JSON.stringify({
          contest: record.contest,
          tally: record.tally,
          delegateModel: record.delegateModel,
          provenance: provenanceOf(record.contest, store.manifest),
        }),
      );
      return reply(getContestRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getContestResultsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const record = await store.getContest(id);
      if (!record)
        return reply(getContestResultsRoute, problem('not-found', c.req.url, 'No contest has this id.'));
      const { contest } = record;
      const csv =
        format === 'csv' ||
        (format === undefined &&
          negotiate(c.req.header('accept'), ['application/json', 'text/csv']) === 'text/csv');
      const representation = csv
        ? await cache.get(`/v1/contests/${id}/results.csv`, CSV_TYPE, () =>
            toCsv(
              CSV_HEADER,
              contest.results.map((r) => [
                r.candidate,
                r.candidateId,
                r.kind,
                r.withdrawn,
                r.votes,
                r.percent,
                r.delegates,
                r.line,
              ]),
            ),
          )
        : await cache.get(`/v1/contests/${id}/results.json`, JSON_TYPE, () =>
            JSON.stringify({
              contestId: contest.id,
              title: contest.title,
              unit: contest.unit,
              results: contest.results,
              totals: contest.totals,
              provenance: provenanceOf(contest, store.manifest),
            }),
          );
      // CSV has no room for the credit line, so it travels as links (RFC 8288).
      const headers = csv
        ? { link: `<${LICENSE_URL}>; rel="license", <${articleUrl(contest.title)}>; rel="describedby"` }
        : undefined;
      return reply(
        getContestResultsRoute,
        sendRepresentation(c.req.raw, representation, { vary: 'Accept', ...(headers ? { headers } : {}) }),
      );
    });
}
