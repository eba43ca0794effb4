/**
 * Where the problem types live: `${PROBLEM_BASE}${kind}/` is each problem's stable `type`, a path of this
 * service, where the docs site (served beside the API) documents the problem. A relative reference, as RFC 9457
 * allows: it resolves against the request's own origin, so it names a page of the service that answered.
 */
export const PROBLEM_BASE = '/problems/';

/** The `type` of a problem kind: its documentation page on the docs site. */
export function problemType(kind: ProblemKind): string {
  return `${PROBLEM_BASE}${kind}/`;
}

/** Every problem the API answers with, by the kebab-case name that ends its `type`, and when it is sent. */
export const PROBLEMS = {
  'invalid-parameter': {
    status: 400,
    title: 'Invalid parameter',
    when:
      'A parameter fails its schema (an integer not in decimal digits: `limit=0x10`, `year=2e3`), is unknown (so a ' +
      'misspelt filter never silently returns everything), is repeated (code `repeated`), or `from` is after `to`. ' +
      '`issues` lists each invalid parameter: `{ location, name, code, message }`.',
  },
  'query-too-long': {
    status: 400,
    title: 'Query string too long',
    when: 'The query string is longer than the API reads; it is refused before any parameter is read.',
  },
  'bad-request': {
    status: 400,
    title: 'Bad request',
    when: 'The framework could not read the request (no GET reaches it today).',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    when: 'An unknown id, path or trailing slash under the API (`/v1/...`); any method on an unknown API path.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    when: 'Any method but GET, HEAD and OPTIONS on a known path; `Allow: GET, HEAD, OPTIONS` says which.',
  },
  'precondition-failed': {
    status: 412,
    title: 'Precondition failed',
    when:
      '`If-Match` is not `*` and lists no strong entity tag equal to the current `ETag` (or is malformed); the ' +
      'current `ETag` comes with the answer.',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI too long',
    when: 'The path and query are longer than the API reads; refused before routing.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    when: 'A bug only: the error is logged, its message never sent. Retrying may help; report it if it persists.',
  },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

/** One thing wrong with a request parameter. */
export type ValidationIssue = { location: 'query' | 'path'; name: string; code: string; message: string };

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  issues?: ValidationIssue[];
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Longest request path a problem repeats back in `instance`. */
const MAX_INSTANCE_LENGTH = 256;

/** The request's path as sent (still percent-encoded), cut to a bounded length. */
export function instanceOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = '/';
  }
  return path.length > MAX_INSTANCE_LENGTH ? `${path.slice(0, MAX_INSTANCE_LENGTH)}...` : path;
}

export function problemBody(
  kind: ProblemKind,
  url: string,
  detail: string,
  issues?: ValidationIssue[],
): ProblemBody {
  const { status, title } = PROBLEMS[kind];
  const body: ProblemBody = {
    type: problemType(kind),
    title,
    status,
    detail,
    instance: instanceOf(url),
  };
  if (issues) body.issues = issues;
  return body;
}

/**
 * JSON with `<`, `>` and `&` written as `\u003c`-style escapes: the same value to any JSON reader, but text a
 * problem repeats from the request (a path, a parameter name) can never read as markup if sniffed.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An RFC 9457 problem response. Problems are never cached: they describe one request. */
export function problem(
  kind: ProblemKind,
  url: string,
  detail: string,
  options: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {},
): Response {
  const body = problemBody(kind, url, detail, options.issues);
  return new Response(inertJson(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...options.headers },
  });
}
