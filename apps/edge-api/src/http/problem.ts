/** Where the problem types live: `${PROBLEM_BASE}${kind}` is each problem's stable `type` URI. */
export const PROBLEM_BASE = 'https://tally.dev/problems/';

/** Every problem the API answers with, by the kebab-case name that ends its `type` URI. */
export const PROBLEMS = {
  'invalid-parameter': { status: 400, title: 'Invalid parameter' },
  'query-too-long': { status: 400, title: 'Query string too long' },
  'bad-request': { status: 400, title: 'Bad request' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'internal-error': { status: 500, title: 'Internal error' },
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
    type: `${PROBLEM_BASE}${kind}`,
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
