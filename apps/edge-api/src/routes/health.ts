import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { JSON_TYPE, queryTooLong, reply, uriTooLong } from '../api/responses.js';
import { Health } from '../api/schemas.js';
import type { DataStore } from '../store/data-store.js';

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['service'],
  summary: 'Health',
  description: 'The API version and the hash of the data it serves. Never cached.',
  responses: {
    200: { description: 'Serving.', content: { 'application/json': { schema: Health } } },
    400: queryTooLong,
    414: uriTooLong,
  },
});

export function healthRoutes(store: DataStore, version: string) {
  const { manifest } = store;
  const body = JSON.stringify({
    status: 'ok',
    version,
    data: {
      version: manifest.version,
      hash: manifest.hash,
      contests: manifest.counts.contests,
      candidates: manifest.counts.candidates,
    },
  });
  return new OpenAPIHono().openapi(healthRoute, () =>
    reply(
      healthRoute,
      new Response(body, { headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' } }),
    ),
  );
}
