import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import {
  apiPathMatcher,
  guard,
  MAX_QUERY_STRING_LENGTH,
  MAX_URL_LENGTH,
  pathMatcher,
  requestTarget,
} from './guard.js';

describe('pathMatcher', () => {
  const known = pathMatcher(['/v1/contests', '/v1/contests/:id', '/v1/contests/:id/results']);

  it('matches literal paths and one segment per parameter', () => {
    expect(known('/v1/contests')).toBe(true);
    expect(known('/v1/contests/anything')).toBe(true);
    expect(known('/v1/contests/x/results')).toBe(true);
  });

  it('does not match an empty segment, an extra segment or another path', () => {
    expect(known('/v1/contests/')).toBe(false);
    expect(known('/v1/contests/x/y')).toBe(false);
    expect(known('/v1/candidates')).toBe(false);
    expect(known('/')).toBe(false);
  });
});

describe('apiPathMatcher', () => {
  it('owns every path under the first segment of a route, and no other', () => {
    const isApi = apiPathMatcher(['/v1/contests', '/v1/contests/:id', '/healthz', '/openapi.json']);
    expect(['/v1/nope', '/v1', '/healthz', '/healthz/x', '/openapi.json'].filter(isApi)).toHaveLength(5);
    expect(['/', '/data/', '/problems/not-found/', '/v2/contests', '/health'].filter(isApi)).toEqual([]);
  });
});

describe('requestTarget', () => {
  it('gives the path and query of any host', () => {
    expect(requestTarget('http://127.0.0.1:8787/v1/search?q=kerry')).toBe('/v1/search?q=kerry');
    expect(requestTarget('https://tally.example.workers.dev/healthz')).toBe('/healthz');
    expect(requestTarget('http://x')).toBe('/');
  });
});

describe('guard', () => {
  const app = new Hono()
    .use(guard(pathMatcher(['/known'])))
    .get('/known', (c) => c.text('ok'))
    .post('/known', (c) => c.text('written'));
  const status = async (path: string, method = 'GET') =>
    (await app.request(`http://x${path}`, { method })).status;

  it('serves a URL of exactly the limit, and refuses one character more with 414', async () => {
    expect(await status(`/${'b'.repeat(MAX_URL_LENGTH - 1)}`)).toBe(404);
    expect(await status(`/${'b'.repeat(MAX_URL_LENGTH)}`)).toBe(414);
    expect(await status(`/known?${'a'.repeat(MAX_QUERY_STRING_LENGTH)}`)).toBe(200);
  });

  it('refuses a query string over its limit with 400, before any handler runs', async () => {
    expect(await status(`/known?${'a'.repeat(MAX_QUERY_STRING_LENGTH + 1)}`)).toBe(400);
  });

  it('answers a preflight on a known path, and refuses writes with 405 there and 404 elsewhere', async () => {
    expect(await status('/known', 'OPTIONS')).toBe(204);
    expect(await status('/known', 'POST')).toBe(405);
    expect(await status('/unknown', 'POST')).toBe(404);
    expect(await status('/unknown', 'OPTIONS')).toBe(404);
  });
});
