import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody } from '../api/links.js';
import { CandidateIdParams, ContestListQuery } from '../api/params.js';
import { invalid, JSON_TYPE, notFound, notModified, ok, reply, uriTooLong } from '../api/responses.js';
import { CandidateDetail, CandidateList } from '../api/schemas.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { filterOf } from './contests.js';

export const listCandidatesRoute = createRoute({
  method: 'get',
  path: '/v1/candidates',
  tags: ['candidates'],
  summary: 'List candidates',
  description:
    'Every candidate with their totals and per-contest results, by delegates then votes. With a ' +
    'filter, the totals cover only the contests it selects.',
  request: { query: ContestListQuery },
  responses: {
    200: ok(CandidateList, 'One page of candidates.'),
    304: notModified,
    400: invalid,
    414: uriTooLong,
  },
});

export const getCandidateRoute = createRoute({
  method: 'get',
  path: '/v1/candidates/{id}',
  tags: ['candidates'],
  summary: 'Get a candidate',
  description: "A candidate's result in every contest they entered, their totals, and those contests.",
  request: { params: CandidateIdParams },
  responses: {
    200: ok(CandidateDetail, 'The candidate.'),
    304: notModified,
    400: invalid,
    404: notFound,
    414: uriTooLong,
  },
});

export function candidateRoutes({ store, cache, attribution }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listCandidatesRoute, async (c) => {
      const query = c.req.valid('query');
      const filter = filterOf(query);
      const offset = query.cursor ?? 0;
      const key = canonicalUrl('/v1/candidates', { ...filter, limit: query.limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const page = await store.listCandidates(filter, { offset, limit: query.limit });
        return JSON.stringify(
          listBody('/v1/candidates', { ...filter }, offset, query.limit, page, attribution),
        );
      });
      return reply(listCandidatesRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getCandidateRoute, async (c) => {
      const { id } = c.req.valid('param');
      const record = await store.getCandidate(id);
      if (!record)
        return reply(getCandidateRoute, problem('not-found', c.req.url, 'No candidate has this id.'));
      const representation = await cache.get(`/v1/candidates/${id}`, JSON_TYPE, () =>
        JSON.stringify({ candidate: record.candidate, contests: record.contests, attribution }),
      );
      return reply(getCandidateRoute, sendRepresentation(c.req.raw, representation));
    });
}
