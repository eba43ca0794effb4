import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Meta } from '../api/links.js';
import { JSON_TYPE, queryTooLong, reply, uriTooLong } from '../api/responses.js';
import { HealthEnvelope } from '../api/schemas.js';
import type { DataStore } from '../store/data-store.js';

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['service'],
  summary: 'Health',
  description: 'The API version and the data it serves. Never cached.',
  responses: {
    200: { description: 'Serving.', content: { 'application/json': { schema: HealthEnvelope } } },
    400: queryTooLong,
    414: uriTooLong,
  },
});

export function healthRoutes(store: DataStore, version: string, meta: Meta) {
  const { manifest } = store;
  const body = JSON.stringify({
    data: {
      status: 'ok',
      apiVersion: version,
      dataPackage: {
        version: manifest.version,
        hash: manifest.hash,
        contests: manifest.counts.contests,
        races: manifest.counts.races,
        candidates: manifest.counts.candidates,
      },
    },
    links: { self: '/healthz' },
    meta,
  });
  return new OpenAPIHono().openapi(healthRoute, () =>
    reply(
      healthRoute,
      new Response(body, { headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' } }),
    ),
  );
}
