import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../api/deps.js';
import { invalidParameters } from '../api/invalid-parameters.js';
import { canonicalUrl, listBody, resourceBody } from '../api/links.js';
import { CandidateIdParams, ContestListQuery, DEFAULT_PAGE_SIZE } from '../api/params.js';
import { candidateDetail, candidateItem } from '../api/resources.js';
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
import { CandidateEnvelope, CandidateList } from '../api/schemas.js';
import { problem } from '../http/problem.js';
import { sendRepresentation } from '../http/representations.js';
import { filterOf } from './contests.js';

export const listCandidatesRoute = createRoute({
  method: 'get',
  path: '/v1/candidates',
  tags: ['candidates'],
  summary: 'List candidates',
  description:
    'Every candidate by id, with their totals in each race they ran in (never added across races). With a ' +
    'filter, the totals cover only the contests it selects.',
  request: { query: ContestListQuery },
  responses: {
    200: ok(CandidateList, 'One page of candidates.'),
    304: notModified,
    400: invalid,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export const getCandidateRoute = createRoute({
  method: 'get',
  path: '/v1/candidates/{id}',
  tags: ['candidates'],
  summary: 'Get a candidate',
  description:
    'A candidate in each race they ran in: their totals there and their result in each of its contests.',
  request: { params: CandidateIdParams },
  responses: {
    200: ok(CandidateEnvelope, 'The candidate.'),
    304: notModified,
    400: invalid,
    404: notFound,
    412: preconditionFailed,
    414: uriTooLong,
  },
});

export function candidateRoutes({ store, cache, meta }: Deps) {
  return new OpenAPIHono({ defaultHook: invalidParameters })
    .openapi(listCandidatesRoute, async (c) => {
      const query = c.req.valid('query');
      const filter = filterOf(query);
      const offset = query.cursor ?? 0;
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const key = canonicalUrl('/v1/candidates', { ...filter, limit, offset });
      const representation = await cache.get(key, JSON_TYPE, async () => {
        const page = await store.listCandidates(filter, { offset, limit });
        return JSON.stringify(
          listBody(
            '/v1/candidates',
            { ...filter },
            offset,
            limit,
            { ...page, items: page.items.map(candidateItem) },
            meta,
          ),
        );
      });
      return reply(listCandidatesRoute, sendRepresentation(c.req.raw, representation));
    })
    .openapi(getCandidateRoute, async (c) => {
      const { id } = c.req.valid('param');
      const record = await store.getCandidate(id);
      if (!record)
        return reply(getCandidateRoute, problem('not-found', c.req.url, 'No candidate has this id.'));
      const path = `/v1/candidates/${id}`;
      const representation = await cache.get(path, JSON_TYPE, () =>
        JSON.stringify(resourceBody(candidateDetail(record), { self: path }, meta)),
      );
      return reply(getCandidateRoute, sendRepresentation(c.req.raw, representation));
    });
}
