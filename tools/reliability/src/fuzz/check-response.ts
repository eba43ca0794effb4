import type { Exchange } from '../http/send.ts';
import {
  ALLOWED_METHODS,
  API_CSP,
  MAX_URL_LENGTH,
  PROBLEM_BASE,
  PROBLEM_STATUS,
  READ_METHODS,
  REQUIRED_CSP_DIRECTIVES,
  RUNTIME_METHODS,
  RUNTIME_REFUSAL_STATUSES,
  SECURITY_HEADERS,
  WORKER_STATUSES,
} from './expectations.ts';

/** One request of a fuzz run, with what its construction tells about the answer. */
export type FuzzRequest = {
  /** `http`: sent with node:http; `raw`: these exact bytes on a socket (`raw` holds them). */
  transport: 'http' | 'raw';
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: string;
  raw?: string;
  /** One of the API's paths with a plain segment: the Worker must recognise it. */
  knownPath: boolean;
  /** workerd's HTTP layer may refuse it before the Worker runs (odd bytes, no Host, unknown method). */
  runtimeMayRefuse: boolean;
  /** The statuses the answer must have, when the request was built to cross one limit. */
  expectStatus?: readonly number[];
};

/** Who answered: the Worker, or workerd refusing a request it could not read. */
export type Origin = 'worker' | 'runtime';

/**
 * A response none of the Worker's headers are on, with a status and a short plain-text body of the kind
 * workerd's HTTP layer sends (`invalid URI`, `Bad Request`, `ERROR: Unrecognized request method.`).
 */
export function isRuntimeRefusal(response: Exchange): boolean {
  const type = response.headers['content-type'];
  return (
    response.headers['access-control-allow-origin'] === undefined &&
    response.headers['x-content-type-options'] === undefined &&
    RUNTIME_REFUSAL_STATUSES.has(response.status) &&
    (type === undefined || type.startsWith('text/plain')) &&
    response.body.length < 200
  );
}

function problemViolations(request: FuzzRequest, response: Exchange): string[] {
  const out: string[] = [];
  const type = response.headers['content-type'] ?? '';
  if (!type.startsWith('application/problem+json')) out.push(`a ${response.status} as ${type || 'no type'}`);
  if (response.headers['cache-control'] !== 'no-store') out.push('a problem without Cache-Control: no-store');
  if (request.method === 'HEAD') return out;
  const text = response.body.toString('utf8');
  if (/[<>&]/.test(text)) out.push('a problem with a raw <, > or &');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...out, `a problem body that is not JSON: ${JSON.stringify(text.slice(0, 120))}`];
  }
  const { type: uri, title, status } = (body ?? {}) as { type?: unknown; title?: unknown; status?: unknown };
  const kind =
    typeof uri === 'string' && uri.startsWith(PROBLEM_BASE) && uri.endsWith('/')
      ? uri.slice(PROBLEM_BASE.length, -1)
      : '';
  if (!(kind in PROBLEM_STATUS)) out.push(`a problem type outside the API's list: ${JSON.stringify(uri)}`);
  else if (PROBLEM_STATUS[kind] !== response.status) out.push(`a ${kind} problem sent as ${response.status}`);
  if (typeof title !== 'string' || title === '') out.push('a problem without a title');
  if (status !== response.status)
    out.push(`a problem whose status ${String(status)} is not ${response.status}`);
  return out;
}

function methodViolations(request: FuzzRequest, response: Exchange): string[] {
  const { method } = request;
  const { status } = response;
  const out: string[] = [];
  if (status === 405 && response.headers.allow !== ALLOWED_METHODS) {
    out.push(`a 405 with Allow ${JSON.stringify(response.headers.allow)}`);
  }
  if (method === 'OPTIONS') {
    if (![204, 404, 414].includes(status)) out.push(`OPTIONS answered ${status}`);
    if (status === 204 && response.headers['access-control-allow-methods'] !== ALLOWED_METHODS) {
      out.push('a preflight without Access-Control-Allow-Methods: GET, HEAD, OPTIONS');
    }
    if (request.knownPath && request.target.length <= MAX_URL_LENGTH && status !== 204) {
      out.push(`OPTIONS on a known path answered ${status}`);
    }
  } else if (!READ_METHODS.has(method)) {
    if (![404, 405, 414].includes(status)) out.push(`${method} accepted with ${status}`);
    if (request.knownPath && request.target.length <= MAX_URL_LENGTH && status !== 405) {
      out.push(`${method} on a known path answered ${status}, not 405`);
    }
  } else if (method === 'GET' || method === 'HEAD') {
    if (status === 204) out.push(`${method} answered 204`);
    if (status === 304 && request.headers['if-none-match'] === undefined)
      out.push('a 304 without If-None-Match');
  }
  return out;
}

function headerViolations(response: Exchange): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    const got = response.headers[name];
    if (got !== value) out.push(`${name}: ${got === undefined ? 'missing' : JSON.stringify(got)}`);
  }
  const csp = response.headers['content-security-policy'];
  const isPage = (response.headers['content-type'] ?? '').startsWith('text/html');
  if (csp === undefined) out.push('content-security-policy: missing');
  else if (!isPage && csp !== API_CSP) out.push(`content-security-policy: ${JSON.stringify(csp)}`);
  else if (!REQUIRED_CSP_DIRECTIVES.every((d) => csp.split(/;\s*/).includes(d))) {
    out.push(`content-security-policy without the four 'none' directives: ${JSON.stringify(csp)}`);
  }
  if (response.headers['set-cookie'] !== undefined) out.push('a Set-Cookie header');
  return out;
}

/** Whether the request carries `marker` in any form (raw, percent-encoded) in its target or a header. */
export function carriesMarker(request: FuzzRequest, marker: string): boolean {
  // The text inside the tags is unique to the run and survives every encoding the fuzz applies.
  const inner = marker.replace(/<\/?[a-z]+>/g, '');
  return (
    request.target.includes(inner) ||
    Object.values(request.headers).some((value) => value.includes(inner)) ||
    (request.raw ?? '').includes(inner)
  );
}

/** The places `marker` appears unescaped in the response: body or any header value. */
export function echoes(response: Exchange, marker: string): string[] {
  const out: string[] = [];
  // Half the marker is enough to count: a problem cuts what it repeats to a bounded length.
  const halves = [marker.slice(0, Math.ceil(marker.length / 2)), marker.slice(Math.floor(marker.length / 2))];
  const body = response.body.toString('latin1');
  if (halves.some((h) => body.includes(h))) out.push('the marker, unescaped, in the body');
  for (const [name, value] of Object.entries(response.headers)) {
    if (halves.some((h) => value.includes(h))) out.push(`the marker, unescaped, in ${name}`);
  }
  return out;
}

/**
 * Everything wrong with `response` as the answer to `request`, as sentences; empty when it keeps every
 * promise: no 5xx, problems as application/problem+json with a known type, title and the status, the
 * security and CORS headers, only GET, HEAD and OPTIONS accepted (405 and Allow otherwise), the limits,
 * and `marker` never sent back unescaped. A refusal by workerd itself is allowed only for a request it
 * may refuse (odd bytes in the target, no Host, a method it does not know: the only 5xx allowed, 501).
 */
export function checkResponse(
  request: FuzzRequest,
  response: Exchange,
  marker: string,
): { origin: Origin; violations: string[] } {
  const echoed = echoes(response, marker);
  if (isRuntimeRefusal(response)) {
    const violations = [...echoed];
    if (!request.runtimeMayRefuse)
      violations.push(`workerd refused a request the Worker should answer (${response.status})`);
    if (response.status === 501 && RUNTIME_METHODS.has(request.method)) {
      violations.push(`workerd answered 501 to the method ${request.method} it knows`);
    }
    return { origin: 'runtime', violations };
  }
  const { status } = response;
  const violations: string[] = [];
  if (status >= 500) violations.push(`a ${status} from the Worker`);
  else if (!WORKER_STATUSES.has(status)) violations.push(`a status outside the API's list: ${status}`);
  if (request.expectStatus && !request.expectStatus.includes(status)) {
    violations.push(`${status} where the limits call for ${request.expectStatus.join(' or ')}`);
  }
  if (status >= 400) violations.push(...problemViolations(request, response));
  if (request.method === 'HEAD' && response.body.length > 0) violations.push('a HEAD response with a body');
  violations.push(...methodViolations(request, response), ...headerViolations(response), ...echoed);
  return { origin: 'worker', violations };
}
