import fc from 'fast-check';
import type { FuzzRequest } from './check-response.ts';
import {
  MAX_QUERY_STRING_LENGTH,
  MAX_URL_LENGTH,
  READ_METHODS,
  RUNTIME_METHODS,
  runtimeMayRefuseTarget,
} from './expectations.ts';

/** What a run knows before it starts: its marker and real ids and ETags read from the Worker. */
export type FuzzContext = {
  /** Markup no response may send back unescaped, e.g. `<script>x123456</script>`. */
  marker: string;
  contestIds: readonly string[];
  candidateIds: readonly string[];
  etags: readonly string[];
  /** Targets with the ETag each answered with. */
  tagged: readonly { target: string; etag: string }[];
};

/** The API's routes, as their GET paths; `{id}` stands for one segment. */
export const ROUTES = [
  '/v1/contests',
  '/v1/contests/{id}',
  '/v1/contests/{id}/results',
  '/v1/candidates',
  '/v1/candidates/{id}',
  '/v1/tally',
  '/v1/search',
  '/openapi.json',
  '/reference',
  '/healthz',
] as const;

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Characters node:http will write in a request target: 0x21 to 0xFF (no space, no control). */
const targetChar = fc.integer({ min: 0x21, max: 0xff }).map((code) => String.fromCharCode(code));
/** Printable ASCII without the space: what a careless client puts in a URL unencoded. */
const asciiText = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength,
  });
/** The same without the four characters workerd refuses in a target (`<`, `>`, `"`, `` ` ``). */
const passableText = (maxLength: number) => asciiText(maxLength).map((text) => text.replace(/[<>"`]/g, ''));

/** Percent-escapes that decode to no valid UTF-8, or to something a path should never hold. */
const BAD_ESCAPES = [
  '%C3%28',
  '%A0%A1',
  '%E2%28%A1',
  '%E2%82',
  '%ED%A0%80',
  '%C0%AF',
  '%F4%90%80%80',
  '%FF',
  '%80',
  '%00',
  '%0A',
  '%',
  '%%',
  '%zz',
  '%2',
  '%2F',
  '%5C',
];
const DOT_SEGMENTS = ['.', '..', '%2e', '%2E%2E', '.%2e', '...', '..;'];

function segment(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: passableText(24) },
    { weight: 1, arbitrary: asciiText(24) },
    { weight: 3, arbitrary: fc.constantFrom(...ctx.contestIds, ...ctx.candidateIds) },
    { weight: 1, arbitrary: fc.constantFrom(...ctx.contestIds).map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,5}$/) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 })
        .map((b) => b.map(hex).join('')),
    },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
    { weight: 2, arbitrary: fc.constantFrom(...DOT_SEGMENTS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ctx.marker,
        encodeURIComponent(ctx.marker),
        ctx.marker.replace(/[<>]/g, (c) => (c === '<' ? '%3C' : '%3E')),
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.string({ unit: targetChar, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 1500 }).map((n) => 'a'.repeat(n)) },
  );
}

/** A path: one of the routes (its `{id}` filled), a near miss of one, or random segments. */
function path(ctx: FuzzContext): fc.Arbitrary<{ path: string; knownPath: boolean }> {
  const plain = /^[a-z0-9-]+$/;
  const route = fc.tuple(fc.constantFrom(...ROUTES), segment(ctx)).map(([template, id]) => ({
    path: template.replace('{id}', id),
    knownPath: !template.includes('{id}') || plain.test(id),
  }));
  const nearMiss = fc
    .tuple(fc.constantFrom(...ROUTES), fc.constantFrom('/', '//', '/.', '/..', ';x', '%20', '.json', '~'))
    .map(([template, suffix]) => ({ path: template.replace('{id}', 'x') + suffix, knownPath: false }));
  const odd = fc
    .constantFrom(
      '/',
      '/v1',
      '/V1/CONTESTS',
      '//v1//contests',
      '/v1/contests/../tally',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/.env',
      '/favicon.ico',
      '/v1/contests%2F2004',
      '/v1/./contests',
    )
    .map((p) => ({ path: p, knownPath: false }));
  const random = fc
    .array(segment(ctx), { maxLength: 6 })
    .map((segments) => ({ path: `/${segments.join('/')}`, knownPath: false }));
  return fc.oneof(
    { weight: 6, arbitrary: route },
    { weight: 1, arbitrary: nearMiss },
    { weight: 1, arbitrary: odd },
    { weight: 2, arbitrary: random },
  );
}

const PARAMETERS = ['year', 'state', 'party', 'type', 'from', 'to', 'limit', 'cursor', 'format', 'q'];
const EDGE_NUMBERS = [
  '-1',
  '0',
  '1',
  '19',
  '20',
  '21',
  '49',
  '50',
  '51',
  '99',
  '100',
  '101',
  '1e2',
  '1.5',
  '0x10',
  '%201',
  '+1',
  '01',
  'NaN',
  'Infinity',
  '2004',
  '99999999999999999999',
  '',
];

function queryValue(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('2004-02-03', '2004-13-01', '0000-00-00', '2004-02-30', '2004-2-3'),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'nd',
        'ND',
        'North%20Dakota',
        'n.+dakota',
        'democratic',
        'caucus',
        'primary',
        'csv',
        'json',
        'CSV',
        'kerry',
        'north%20car',
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: passableText(12) },
    { weight: 1, arbitrary: asciiText(12) },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(ctx.marker, encodeURIComponent(ctx.marker), ...BAD_ESCAPES) },
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 1200 }).map((n) => 'w'.repeat(n)) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom('a', 'b', 'c', '1', '%20', '+', '-', '.'), { maxLength: 40 })
        .map((parts) => parts.join('')),
    },
  );
}

function queryName(ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PARAMETERS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Limit',
        'LIMIT',
        'limit[]',
        'q%00',
        'page',
        'callback',
        '__proto__',
        'constructor',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(ctx.marker, encodeURIComponent(ctx.marker), encodeURIComponent(ctx.marker)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 300 }).map((n) => 'n'.repeat(n)) },
  );
}

/** A query string (with its `?`): known, unknown and repeated parameters, edge values, odd separators. */
function query(ctx: FuzzContext): fc.Arbitrary<string> {
  const pair = fc
    .tuple(queryName(ctx), fc.constantFrom('=', '=', '=', '', '=='), queryValue(ctx))
    .map(([name, eq, value]) => (eq === '' ? name : `${name}${eq}${value}`));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 6,
      arbitrary: fc.array(pair, { minLength: 1, maxLength: 6 }).map((pairs) => `?${pairs.join('&')}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('?', '?&&', '?=', '?&=&', '?#frag', '?q=kerry#x', '?;') },
  );
}

const ACCEPT = [
  'application/json',
  'text/csv',
  '*/*',
  'text/html',
  'application/problem+json',
  'text/csv;q=0, application/json',
  'application/*',
  '',
  'text/csv;q=1.5',
  ';;;,,,',
  'x'.repeat(2000),
  ',text/csv'.repeat(300),
];
const IF_NONE_MATCH = ['*', 'W/"x"', '"abc"', '', '"', ',,,', 'W/', '"a", W/"b", *', '"'.repeat(500)];
const ORIGINS = ['https://example.com', 'null', 'http://127.0.0.1', 'https://evil.example', 'file://'];
const RANGES = ['bytes=0-10', 'bytes=-5', 'bytes=5-', 'bytes=abc', 'bytes=0-0,1-1,2-2', 'lines=1-2'];

/** Header values node:http will send: tab, printable ASCII and 0x80 to 0xFF. */
const headerText = (maxLength: number) => fc.string({ maxLength });

function headers(ctx: FuzzContext): fc.Arbitrary<Record<string, string>> {
  const junk = fc.oneof(headerText(40), fc.constant(ctx.marker));
  return fc.record(
    {
      accept: fc.oneof(fc.constantFrom(...ACCEPT), junk),
      'if-none-match': fc.oneof(
        fc.constantFrom(...IF_NONE_MATCH, ...ctx.etags),
        fc.constantFrom(...ctx.etags).map((tag) => `W/${tag}`),
        fc.subarray([...ctx.etags], { minLength: 1 }).map((tags) => tags.join(', ')),
        junk,
      ),
      origin: fc.oneof(fc.constantFrom(...ORIGINS), junk),
      range: fc.oneof(fc.constantFrom(...RANGES), junk),
      'access-control-request-method': fc.constantFrom('GET', 'POST', 'DELETE', 'get', ''),
      'access-control-request-headers': fc.constantFrom('x-foo, content-type', 'authorization', '*'),
      host: fc.constantFrom('example.com', 'localhost:1', 'tally.dev', 'a'.repeat(300), '[::1]:8787'),
      cookie: fc.constantFrom('session=1', `x=${encodeURIComponent(ctx.marker)}`),
      'content-type': fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x'),
      'x-long': fc.integer({ min: 1000, max: 64_000 }).map((n) => 'h'.repeat(n)),
      'x-fuzz': junk,
    },
    { requiredKeys: [] },
  );
}

const METHODS = fc.oneof(
  { weight: 8, arbitrary: fc.constant('GET') },
  { weight: 3, arbitrary: fc.constant('HEAD') },
  { weight: 2, arbitrary: fc.constant('OPTIONS') },
  { weight: 4, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'TRACE') },
);

/** What the limits say the answer must be, for a target built only of characters the Worker sees as sent. */
function limitStatus(method: string, target: string): readonly number[] | undefined {
  if (runtimeMayRefuseTarget(target) || /%|\.|#/.test(target)) return undefined;
  if (target.length > MAX_URL_LENGTH) return [414];
  const q = target.indexOf('?');
  if (
    (method === 'GET' || method === 'HEAD') &&
    q !== -1 &&
    target.length - q - 1 > MAX_QUERY_STRING_LENGTH
  ) {
    return [400];
  }
  return undefined;
}

/** Requests for node:http: random paths, queries, headers and methods. */
export function httpRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      METHODS,
      path(ctx),
      query(ctx),
      headers(ctx),
      fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    )
    .map(([method, { path, knownPath }, q, headers, body]) => {
      const target = path + q;
      const request: FuzzRequest = {
        transport: 'http',
        method,
        target,
        headers,
        knownPath: knownPath && !q.includes('#'),
        runtimeMayRefuse: runtimeMayRefuseTarget(target),
      };
      if (body !== undefined && !READ_METHODS.has(method)) request.body = body;
      const expectStatus = limitStatus(method, target);
      if (expectStatus) request.expectStatus = expectStatus;
      return request;
    });
}

/** GET and HEAD of the resources whose ETags the context holds, with those tags: the 304 path. */
export function conditionalRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(fc.constantFrom('GET', 'HEAD'), fc.constantFrom(...ctx.tagged), fc.constantFrom('', 'W/', 'list'))
    .map(([method, { target, etag }, form]) => ({
      transport: 'http' as const,
      method,
      target,
      headers: { 'if-none-match': form === 'list' ? `"nope", ${etag}` : `${form}${etag}` },
      knownPath: true,
      runtimeMayRefuse: false,
      expectStatus: [304],
    }));
}

/** URLs and query strings around and past the limits, on real routes. */
export function longRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom('GET', 'HEAD', 'GET', 'POST', 'OPTIONS'),
      fc.constantFrom('/v1/contests', '/v1/search', '/v1/tally', `/v1/contests/${ctx.contestIds[0] ?? 'x'}`),
      fc.constantFrom('path', 'query', 'value'),
      fc.integer({ min: 900, max: 70_000 }),
    )
    .map(([method, route, where, n]) => {
      const target =
        where === 'path'
          ? `${route}/${'p'.repeat(n)}`
          : where === 'query'
            ? `${route}?q=${'k'.repeat(n)}`
            : `${route}?${'x=1&'.repeat(Math.ceil(n / 4))}`;
      const request: FuzzRequest = {
        transport: 'http',
        method,
        target,
        headers: {},
        knownPath: false,
        runtimeMayRefuse: runtimeMayRefuseTarget(target),
      };
      const expectStatus = limitStatus(method, target);
      if (expectStatus) request.expectStatus = expectStatus;
      return request;
    });
}

/**
 * Requests written byte for byte, for what node:http will not send: lower-case and unknown methods,
 * HTTP/1.0, no Host, an absolute-form or `*` target, a raw space in the target.
 */
export function rawRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const method = fc.constantFrom(
    'get',
    'head',
    'options',
    'post',
    'Get',
    'gEt',
    'GET',
    'HEAD',
    'OPTIONS',
    'DELETE',
    'PURGE',
    'PROPFIND',
    'FOO',
    'BREW',
    'G ET',
  );
  const target = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(path(ctx), query(ctx)).map(([p, q]) => p.path + q) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '*',
        'http://127.0.0.1/v1/contests',
        'v1/contests',
        '/v1/contests x',
        `/v1/contests/${ctx.marker}`,
      ),
    },
  );
  return fc
    .tuple(
      method,
      target,
      fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'http/1.1'),
      fc.boolean(),
      headers(ctx),
    )
    .map(([method, target, version, withHost, extra]) => {
      const { host: _, 'x-long': __, ...rest } = extra;
      const lines = [`${method} ${target} ${version}`];
      if (withHost) lines.push('Host: 127.0.0.1');
      for (const [name, value] of Object.entries(rest)) lines.push(`${name}: ${value}`);
      lines.push('Connection: close', '', '');
      const plainRequest =
        RUNTIME_METHODS.has(method) &&
        version === 'HTTP/1.1' &&
        withHost &&
        target.startsWith('/') &&
        !target.includes(' ');
      return {
        transport: 'raw' as const,
        method,
        target,
        headers: rest,
        raw: lines.join('\r\n'),
        knownPath: false,
        runtimeMayRefuse: !plainRequest || runtimeMayRefuseTarget(target),
      };
    });
}
