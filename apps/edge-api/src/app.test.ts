import { HTTPException } from 'hono/http-exception';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { bundledStore } from './store/bundled-store.js';
import { expectDeclared, expectProblem } from './testing/conformance.js';
import { call } from './testing/worker.js';

const CONTEST = '/v1/contests/2004-nd-democratic-caucus';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('conditional requests', () => {
  it('tags data with a strong ETag that starts with the data version', async () => {
    const health = (await (await call('/healthz')).json()) as { data: { dataPackage: { hash: string } } };
    const response = await call(CONTEST);
    expect(response.headers.get('etag')).toBe(
      `"${health.data.dataPackage.hash.slice(0, 16)}-${(response.headers.get('etag') ?? '').slice(18, 50)}"`,
    );
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{32}"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
  });

  it.each([
    ['the same tag', (etag: string) => etag],
    ['the tag, weak', (etag: string) => `W/${etag}`],
    ['a list holding the tag', (etag: string) => `"other", ${etag}`],
    ['*', () => '*'],
  ])('answers 304 to If-None-Match with %s', async (_, field) => {
    const etag = (await call(CONTEST)).headers.get('etag') ?? '';
    const response = await call(CONTEST, { headers: { 'if-none-match': field(etag) } });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    await expectDeclared(response, '/v1/contests/{id}');
  });

  it('answers 200 to a stale tag, and gives JSON and CSV different tags', async () => {
    const response = await call(CONTEST, { headers: { 'if-none-match': '"0000000000000000-stale"' } });
    expect(response.status).toBe(200);
    const json = await call(`${CONTEST}/results`);
    const csv = await call(`${CONTEST}/results?format=csv`);
    expect(json.headers.get('etag')).not.toBe(csv.headers.get('etag'));
    const notModified = await call(`${CONTEST}/results`, {
      headers: { accept: 'text/csv', 'if-none-match': csv.headers.get('etag') ?? '' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('vary')).toBe('Accept');
  });
});

describe('If-Match', () => {
  it.each([
    ['the current tag', (etag: string) => etag],
    ['a list holding it', (etag: string) => `"other", ${etag}`],
    ['*', () => '*'],
  ])('answers 200 to If-Match with %s', async (_, field) => {
    const etag = (await call(CONTEST)).headers.get('etag') ?? '';
    const response = await call(CONTEST, { headers: { 'if-match': field(etag) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
  });

  it.each([
    ['another tag', () => '"0000000000000000-stale"'],
    ['the tag, weak (If-Match compares strongly)', (etag: string) => `W/${etag}`],
    ['the tag with a lower-case w/', (etag: string) => `w/${etag}`],
    ['the tag unquoted', (etag: string) => etag.slice(1, -1)],
    ['the tag followed by junk', (etag: string) => `${etag} junk`],
  ])('answers 412 to If-Match with %s, with the current tag', async (_, field) => {
    const etag = (await call(CONTEST)).headers.get('etag') ?? '';
    const response = await call(CONTEST, { headers: { 'if-match': field(etag) } });
    const body = (await expectDeclared(response, '/v1/contests/{id}')) as { type: string };
    expect(response.status).toBe(412);
    expect(body.type).toBe('/problems/precondition-failed/');
    expect(response.headers.get('etag')).toBe(etag);
  });

  it('is judged by the app, never replayed: a 412 after a 200 of the same URL, and on a list and a CSV too', async () => {
    for (const path of [CONTEST, '/v1/contests?state=nd', '/v1/races/2004-democratic/results?format=csv']) {
      const first = await call(path);
      expect(first.status).toBe(200);
      const response = await call(path, { headers: { 'if-match': '"nope"' } });
      expect(response.status).toBe(412);
    }
  });

  it('reads W/ case-sensitively in If-None-Match too: w/"tag" is malformed and matches nothing', async () => {
    const etag = (await call(CONTEST)).headers.get('etag') ?? '';
    expect((await call(CONTEST, { headers: { 'if-none-match': `w/${etag}` } })).status).toBe(200);
    expect((await call(CONTEST, { headers: { 'if-none-match': `${etag} junk` } })).status).toBe(200);
  });
});

describe('one envelope', () => {
  it.each([
    '/v1/races',
    '/v1/races/2004-democratic',
    '/v1/races/2004-democratic/results',
    '/v1/contests',
    '/v1/contests/2004-nd-democratic-caucus',
    '/v1/contests/2004-nd-democratic-caucus/results',
    '/v1/candidates',
    '/v1/candidates/john-kerry',
    '/v1/tally',
    '/v1/search?q=kerry',
    '/healthz',
  ])('%s answers { data, links, meta } with the data version and the credit', async (path) => {
    const health = (await (await call('/healthz')).json()) as { data: { dataPackage: { hash: string } } };
    const body = (await (await call(path)).json()) as Record<string, Record<string, unknown>>;
    expect(Object.keys(body)).toEqual(['data', 'links', 'meta']);
    expect(body.links?.self).toBe(
      path.startsWith('/v1/search') ? '/v1/search?limit=10&q=kerry' : body.links?.self,
    );
    expect(typeof body.links?.self).toBe('string');
    expect(body.meta?.dataVersion).toBe(health.data.dataPackage.hash);
    expect(body.meta?.attribution).toMatchObject({ license: 'CC BY-SA 4.0' });
  });

  it('names a candidate { id, name, kind } wherever one appears', async () => {
    const keysOf = (value: unknown, found: string[][] = []): string[][] => {
      if (Array.isArray(value)) for (const item of value) keysOf(item, found);
      else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (['candidate', 'winner', 'runnerUp'].includes(key) && inner !== null)
            found.push(Object.keys(inner as object));
          keysOf(inner, found);
        }
      }
      return found;
    };
    for (const path of [
      '/v1/races/2004-democratic',
      CONTEST,
      '/v1/contests',
      '/v1/tally',
      '/v1/contests/2004-nd-democratic-caucus/results',
    ]) {
      const shapes = keysOf(await (await call(path)).json());
      expect(shapes.length, path).toBeGreaterThan(0);
      for (const keys of shapes) expect(keys, path).toEqual(['id', 'name', 'kind']);
    }
  });
});

describe('HEAD', () => {
  it('gives the headers of GET without the body', async () => {
    const get = await call(CONTEST);
    const head = await call(CONTEST, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(
      String(new TextEncoder().encode(await get.text()).byteLength),
    );
    expect(await head.text()).toBe('');
  });

  it('answers 404 on an unknown path, without a body', async () => {
    const head = await call('/nowhere', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe('');
  });
});

describe('CORS', () => {
  it('lets any origin read, including problems', async () => {
    for (const path of [CONTEST, '/v1/contests/1900-zz-whig-caucus', '/nowhere']) {
      const response = await call(path, { headers: { origin: 'https://example.org' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Link, Allow');
    }
  });

  it('answers a preflight for a known path with 204 and the read methods', async () => {
    const response = await call('/v1/contests?state=nd', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': '*',
      'access-control-max-age': '86400',
      allow: 'GET, HEAD, OPTIONS',
    });
    expect(await response.text()).toBe('');
  });

  it('answers a preflight for an unknown path with 404', async () => {
    const response = await call('/v2/nothing', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org' },
    });
    await expectProblem(response, 404, 'not-found');
  });
});

describe('security headers', () => {
  it.each([CONTEST, '/nowhere', '/v1/contests?limit=0'])('are set on %s', async (path) => {
    const response = await call(path);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-security-policy':
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'cross-origin',
      'strict-transport-security': 'max-age=15552000; includeSubDomains',
    });
  });
});

describe('methods and limits', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuses %s on a known path with 405 and Allow',
    async (method) => {
      const response = await call('/v1/contests', { method, body: method === 'DELETE' ? null : '{}' });
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(await expectProblem(response, 405, 'method-not-allowed')).toEqual({
        type: '/problems/method-not-allowed/',
        title: 'Method not allowed',
        status: 405,
        detail: 'The API is read-only: only GET, HEAD, OPTIONS are accepted.',
        instance: '/v1/contests',
      });
    },
  );

  it('answers 404, not 405, for another method on an unknown path', async () => {
    const response = await call('/v1/ballots', { method: 'POST', body: 'x' });
    await expectProblem(response, 404, 'not-found');
  });

  it('answers 404 with a problem for an unknown route', async () => {
    for (const path of [
      '/',
      '/v2/contests',
      '/v1/contests/',
      '/v1/contests/2004-nd-democratic-caucus/tally',
    ]) {
      await expectProblem(await call(path), 404, 'not-found');
    }
  });

  it('answers 414 for a path and query over 2048 characters, before routing', async () => {
    const long = await call(`/v1/contests/${'a'.repeat(2048)}`);
    expect(((await expectProblem(long, 414, 'uri-too-long')) as { detail: string }).detail).toBe(
      "The URL's path and query are 2061 characters long; at most 2048 are served.",
    );
    const exact = await call(`/v1/contests/${'a'.repeat(2048 - '/v1/contests/'.length)}`);
    expect(exact.status).toBe(400);
    await expectDeclared(exact, '/v1/contests/{id}');
  });

  it('answers 400 for a query string over 1024 characters, before reading a parameter', async () => {
    const response = await call(`/v1/search?q=kerry&pad=${'x'.repeat(1020)}`);
    const body = (await expectProblem(response, 400, 'query-too-long')) as { detail: string };
    expect(body.detail).toBe('The query string is 1032 characters long; at most 1024 are read.');
  });
});

describe('malformed input', () => {
  it.each([
    '/v1/contests/%E0%A4%A',
    '/v1/contests/%',
    '/v1/contests/%00',
    '/v1/contests/%2e%2e',
    '/v1/contests/a%2Fb/results',
    '/v1/contests?state=%ff',
    '/v1/contests?state=%',
    '/v1/contests?limit=1e999',
    '/v1/contests?limit=-1',
    '/v1/contests?cursor=%00%00',
    '/v1/contests?=&&=x',
    '/v1/search?q=%',
    '/v1/search?q=%ED%A0%80',
    '/v1/search?q=\u0000',
    '/v1/search?q[]=kerry',
    '/v1/tally?year[0]=2004',
    '/%',
    '/%%30',
    '//v1//contests',
  ])('%s gets a 4xx problem or data, never a 500', async (path) => {
    const bug = vi.spyOn(console, 'error');
    const response = await call(path);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
    expect(bug).not.toHaveBeenCalled();
  });

  it('never repeats markup from the request unescaped', async () => {
    for (const path of [
      '/v1/contests?%3Cscript%3Ealert(1)%3C/script%3E=1',
      '/<img src=x onerror=alert(1)>',
    ]) {
      const response = await call(path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      const text = await response.text();
      expect(text).not.toMatch(/[<>]/);
      expect(JSON.stringify(JSON.parse(text))).toMatch(/<script>|%3Cimg/);
    }
  });

  it('reads unusable Accept and If-None-Match fields as absent', async () => {
    const bug = vi.spyOn(console, 'error');
    const response = await call(`${CONTEST}/results`, {
      headers: { accept: 'text/csv;q=x;;,/,*/*;q=-1', 'if-none-match': '"unterminated, W/' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(bug).not.toHaveBeenCalled();
  });
});

/** A store whose every method throws `error`: the only way left to reach the error handler. */
function storeThrowing(error: Error) {
  const manifest = { hash: '0'.repeat(64), attribution: 'test', counts: { contests: 0, candidates: 0 } };
  return new Proxy(
    { manifest },
    {
      get: (target, key) =>
        key in target
          ? target[key as keyof typeof target]
          : () => {
              throw error;
            },
    },
  );
}

describe('the error handler', () => {
  it('answers a failure of the store with a 500 problem that does not leak the error', async () => {
    const bugs: unknown[] = [];
    const app = createApp(storeThrowing(new Error('secret detail')) as never, {
      onBug: (error) => bugs.push(error),
    });
    const response = await app.request('/v1/contests');
    const body = await expectProblem(response, 500, 'internal-error');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(bugs).toHaveLength(1);
  });

  it("answers the framework's own 4xx exception as a 400 problem, not a bug", async () => {
    const bugs: unknown[] = [];
    const app = createApp(storeThrowing(new HTTPException(400, { message: 'secret detail' })) as never, {
      onBug: (error) => bugs.push(error),
    });
    const response = await app.request('/v1/contests');
    const body = await expectProblem(response, 400, 'bad-request');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(bugs).toEqual([]);
  });
});

describe('a path outside the API, with the docs site served beside it', () => {
  const asked: string[] = [];
  const env = {
    ASSETS: {
      async fetch(request: Request) {
        asked.push(new URL(request.url).pathname);
        return new Response('<!doctype html><title>404 | Tally</title>', {
          status: 404,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      },
    },
  };

  it("answers a missing page with the site's own 404 page, from the assets", async () => {
    const app = createApp(bundledStore);
    const response = await app.request('/data/contests/no-such-contest/', {}, env);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('404 | Tally');
    expect(asked).toEqual(['/data/contests/no-such-contest/']);
  });

  it('answers a missing API path with the problem, never the page', async () => {
    const app = createApp(bundledStore);
    asked.length = 0;
    for (const path of ['/v1/nope', '/v1/contests/no-such-contest', '/healthz/x', '/openapi.json/x']) {
      await expectProblem(await app.request(path, {}, env), 404, 'not-found');
    }
    expect(asked).toEqual([]);
  });

  it('answers every missing path with the problem when no site is served', async () => {
    await expectProblem(await call('/data/contests/no-such-contest/'), 404, 'not-found');
  });
});
