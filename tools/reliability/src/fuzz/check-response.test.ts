import { describe, expect, test } from 'vitest';
import type { Exchange } from '../http/send.ts';
import {
  carriesMarker,
  checkResponse,
  echoes,
  type FuzzRequest,
  isRuntimeRefusal,
} from './check-response.ts';
import { API_CSP, SECURITY_HEADERS } from './expectations.ts';

const marker = '<script>x4711</script>';

const get = (target: string, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
  transport: 'http',
  method: 'GET',
  target,
  headers: {},
  knownPath: false,
  runtimeMayRefuse: false,
  ...extra,
});

const workerHeaders: Record<string, string> = { ...SECURITY_HEADERS, 'content-security-policy': API_CSP };

function reply(status: number, headers: Record<string, string>, body = ''): Exchange {
  return { status, headers, body: Buffer.from(body) };
}

function problem(status: number, kind: string, extra: Record<string, string> = {}): Exchange {
  const body = JSON.stringify({
    type: `/problems/${kind}/`,
    title: 'T',
    status,
    detail: 'd',
  });
  return reply(
    status,
    { ...workerHeaders, 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...extra },
    body,
  );
}

describe('a Worker response', () => {
  test('passes when it keeps every promise', () => {
    const ok = reply(200, { ...workerHeaders, 'content-type': 'application/json' }, '{"data":[]}');
    expect(checkResponse(get('/v1/contests'), ok, marker)).toEqual({ origin: 'worker', violations: [] });
    expect(checkResponse(get('/nope'), problem(404, 'not-found'), marker).violations).toEqual([]);
  });

  test('fails on any 5xx, even a well-formed problem', () => {
    expect(checkResponse(get('/v1/tally'), problem(500, 'internal-error'), marker).violations).toEqual([
      'a 500 from the Worker',
      'a problem type outside the API\'s list: "/problems/internal-error/"',
    ]);
  });

  test('fails on an error that is not problem+json', () => {
    const plain = reply(
      404,
      { ...workerHeaders, 'content-type': 'text/plain', 'cache-control': 'no-store' },
      'no',
    );
    expect(checkResponse(get('/x'), plain, marker).violations).toEqual([
      'a 404 as text/plain',
      'a problem body that is not JSON: "no"',
    ]);
  });

  test('fails on a problem whose status or type disagrees with the response', () => {
    expect(checkResponse(get('/x'), problem(400, 'not-found'), marker).violations).toEqual([
      'a not-found problem sent as 400',
    ]);
  });

  test('fails when a security header is missing or changed', () => {
    const rest = { ...workerHeaders };
    delete rest['x-frame-options'];
    const response = reply(200, { ...rest, 'referrer-policy': 'origin', 'content-type': 'application/json' });
    expect(checkResponse(get('/healthz'), response, marker).violations).toEqual([
      'x-frame-options: missing',
      'referrer-policy: "origin"',
    ]);
  });

  test('fails when a write method is accepted or a 405 has no Allow', () => {
    const post = get('/v1/contests', { method: 'POST', knownPath: true });
    const accepted = reply(200, { ...workerHeaders, 'content-type': 'application/json' }, '{}');
    expect(checkResponse(post, accepted, marker).violations).toEqual([
      'POST accepted with 200',
      'POST on a known path answered 200, not 405',
    ]);
    expect(checkResponse(post, problem(405, 'method-not-allowed'), marker).violations).toEqual([
      'a 405 with Allow undefined',
    ]);
    const allowed = problem(405, 'method-not-allowed', { allow: 'GET, HEAD, OPTIONS' });
    expect(checkResponse(post, allowed, marker).violations).toEqual([]);
  });

  test('fails when a request built past a limit gets another status', () => {
    const long = get(`/${'a'.repeat(3000)}`, { expectStatus: [414] });
    expect(checkResponse(long, problem(404, 'not-found'), marker).violations).toEqual([
      '404 where the limits call for 414',
    ]);
  });

  test('fails when the marker comes back unescaped, whole or cut, in the body or a header', () => {
    const body = JSON.stringify({ instance: '/v1/contests/<script>x47' });
    const echoed = reply(404, { ...workerHeaders, 'content-type': 'application/problem+json' }, body);
    expect(echoes(echoed, marker)).toEqual(['the marker, unescaped, in the body']);
    expect(echoes(reply(200, { link: `<${marker}>` }), marker)).toEqual(['the marker, unescaped, in link']);
    const escaped = reply(404, {}, JSON.stringify({ instance: '/\\u003cscript\\u003ex4711' }));
    expect(echoes(escaped, marker)).toEqual([]);
  });
});

describe('a refusal by workerd', () => {
  const refusal = reply(400, { 'content-type': 'text/plain', 'content-length': '11' }, 'invalid URI');

  test('is told apart from a Worker response by the missing Worker headers', () => {
    expect(isRuntimeRefusal(refusal)).toBe(true);
    expect(isRuntimeRefusal(problem(400, 'invalid-parameter'))).toBe(false);
  });

  test('passes only for a request workerd may refuse', () => {
    expect(checkResponse(get('/a<b', { runtimeMayRefuse: true }), refusal, marker).violations).toEqual([]);
    expect(checkResponse(get('/ab'), refusal, marker).violations).toEqual([
      'workerd refused a request the Worker should answer (400)',
    ]);
  });

  test('may be a 501 for an unknown method, never for one workerd knows', () => {
    const notImplemented = reply(
      501,
      { 'content-type': 'text/plain' },
      'ERROR: Unrecognized request method.',
    );
    const lower = get('/v1/contests', { transport: 'raw', method: 'get', runtimeMayRefuse: true });
    expect(checkResponse(lower, notImplemented, marker)).toEqual({ origin: 'runtime', violations: [] });
    const upper = get('/v1/contests', { transport: 'raw', method: 'DELETE', runtimeMayRefuse: true });
    expect(checkResponse(upper, notImplemented, marker).violations).toEqual([
      'workerd answered 501 to the method DELETE it knows',
    ]);
  });
});

test('sees the marker in a request raw or percent-encoded, in the target or a header', () => {
  expect(carriesMarker(get(`/v1/contests/${encodeURIComponent(marker)}`), marker)).toBe(true);
  expect(carriesMarker(get('/v1/contests', { headers: { origin: marker } }), marker)).toBe(true);
  expect(carriesMarker(get('/v1/contests?q=x4712'), marker)).toBe(false);
});
