/**
 * What the edge API promises on every response, from its code: `secureHeaders(...)` in
 * apps/edge-api/src/app.ts over hono/secure-headers' defaults, `CORS_HEADERS` in src/http/cors.ts,
 * `ALLOWED_METHODS`, the limits in src/http/guard.ts and the problem types in src/http/problem.ts.
 */

/** The API's own Content-Security-Policy; the reference page has a longer one with the same four directives. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
export const REQUIRED_CSP_DIRECTIVES = [
  "default-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Every header (lower-case name) the API sets on every response, with its exact value. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Allow',
};

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
export const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const MAX_URL_LENGTH = 2048;
export const MAX_QUERY_STRING_LENGTH = 1024;

/** A problem's `type` is `${PROBLEM_BASE}{kind}/`: the docs page of the problem, on the service itself. */
export const PROBLEM_BASE = '/problems/';
/** Each problem type the API sends, with the status it goes with (500 `internal-error` is a bug, never allowed). */
export const PROBLEM_STATUS: Readonly<Record<string, number>> = {
  'invalid-parameter': 400,
  'query-too-long': 400,
  'bad-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'uri-too-long': 414,
};

/** Every status the Worker may answer with. */
export const WORKER_STATUSES = new Set([200, 204, 304, 400, 404, 405, 414]);

/**
 * The methods workerd's HTTP layer (kj) knows; it answers any other token, lower-case `get` included,
 * with its own `501 Not Implemented` before the Worker runs, as RFC 9110 section 9.1 advises.
 */
export const RUNTIME_METHODS = new Set(
  'GET HEAD POST PUT DELETE PATCH PURGE OPTIONS TRACE COPY LOCK MKCOL MOVE PROPFIND PROPPATCH SEARCH UNLOCK ACL REPORT MKACTIVITY CHECKOUT MERGE M-SEARCH NOTIFY SUBSCRIBE UNSUBSCRIBE'.split(
    ' ',
  ),
);

/** Statuses workerd's HTTP layer uses to refuse a request it cannot read, before the Worker runs. */
export const RUNTIME_REFUSAL_STATUSES = new Set([400, 414, 431, 501]);

/**
 * Whether workerd may refuse this request target itself: it takes printable ASCII in a path and query
 * except `<`, `>`, `"` and `` ` `` (a 400 `invalid URI` otherwise), and refuses targets of 64 KiB and
 * more (414). Anything else must reach the Worker.
 */
export function runtimeMayRefuseTarget(target: string): boolean {
  return target.length > 60_000 || !/^[!#-;=?-_a-~]*$/.test(target);
}
