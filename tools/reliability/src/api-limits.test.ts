import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Exchange, send } from './http/send.ts';
import { sendRaw } from './http/send-raw.ts';
import { launchWorker, type RunningWorker } from './workerd/launch.ts';

// The documented limits, each at its edge, against the built Worker over real HTTP.
let worker: RunningWorker;

beforeAll(async () => {
  worker = await launchWorker();
});

afterAll(async () => {
  await worker?.stop();
});

const get = (target: string, headers: Record<string, string> = {}) =>
  send(worker.port, { method: 'GET', target, headers });

type Problem = { type: string; status: number; detail: string; issues?: { name: string; message: string }[] };
const problemOf = (response: Exchange) => JSON.parse(response.body.toString('utf8')) as Problem;

describe('URL and query string length', () => {
  test('serves a path and query of 2048 characters and refuses 2049 with 414', async () => {
    const at = await get(`/v1/contests/${'a'.repeat(2048 - '/v1/contests/'.length)}`);
    expect(at.status).toBe(400);
    const over = await get(`/v1/contests/${'a'.repeat(2049 - '/v1/contests/'.length)}`);
    expect(over.status).toBe(414);
    expect(problemOf(over)).toMatchObject({
      type: '/problems/uri-too-long/',
      detail: "The URL's path and query are 2049 characters long; at most 2048 are served.",
    });
  });

  test('reads a query string of 1024 characters and refuses 1025 with 400 query-too-long', async () => {
    const at = await get(`/v1/search?q=kerry&x=${'1'.repeat(1024 - 'q=kerry&x='.length)}`);
    expect(problemOf(at).type).toBe('/problems/invalid-parameter/');
    const over = await get(`/v1/search?q=kerry&x=${'1'.repeat(1025 - 'q=kerry&x='.length)}`);
    expect(over.status).toBe(400);
    expect(problemOf(over)).toMatchObject({
      type: '/problems/query-too-long/',
      detail: 'The query string is 1025 characters long; at most 1024 are read.',
    });
  });
});

describe('page size and search terms', () => {
  test.each([
    ['/v1/contests?limit=1', 200],
    ['/v1/contests?limit=100', 200],
    ['/v1/contests?limit=0', 400],
    ['/v1/contests?limit=101', 400],
    ['/v1/candidates?limit=101', 400],
    ['/v1/search?q=kerry&limit=50', 200],
    ['/v1/search?q=kerry&limit=51', 400],
    [`/v1/search?q=${'k'.repeat(100)}`, 200],
    [`/v1/search?q=${'k'.repeat(101)}`, 400],
    ['/v1/search?q=a+b+c+d+e+f+g+h', 200],
    ['/v1/search?q=a+b+c+d+e+f+g+h+i', 400],
    ['/v1/search?q=%21%21%21', 400],
    ['/v1/contests?limit=20&limit=20', 400],
  ])('GET %s answers %i', async (target, status) => {
    const response = await get(target);
    expect(response.status).toBe(status);
    if (status === 400) {
      expect(response.headers['content-type']).toBe('application/problem+json');
      expect(problemOf(response).issues?.length).toBeGreaterThan(0);
    }
  });
});

describe('methods', () => {
  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'])(
    '%s on a route answers 405 with Allow',
    async (method) => {
      const response = await send(worker.port, { method, target: '/v1/contests', body: '{}' });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(problemOf(response).type).toBe('/problems/method-not-allowed/');
    },
  );

  test('OPTIONS on a route is a CORS preflight: 204 with the methods and a day of Max-Age', async () => {
    const response = await send(worker.port, {
      method: 'OPTIONS',
      target: '/v1/tally',
      headers: { origin: 'https://example.com', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(response.headers['access-control-max-age']).toBe('86400');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  test('a write method on an unknown path is a 404, not a 405', async () => {
    const response = await send(worker.port, { method: 'POST', target: '/v1/nothing-here' });
    expect(response.status).toBe(404);
  });

  test('a lower-case method never reaches the Worker: workerd answers 501 Not Implemented itself', async () => {
    const response = await sendRaw(
      worker.port,
      'get /v1/contests HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(response.status).toBe(501);
    expect(response.body.toString()).toBe('ERROR: Unrecognized request method.');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
