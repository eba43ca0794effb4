import { expectDeclared, expectProblem } from './conformance.js';
import { ORIGIN } from './worker.js';

/** Something that answers requests: an app's `fetch`, or a Worker's handler. */
export type Answerer = (request: Request) => Response | Promise<Response>;

/**
 * One request of the differential sample, and what the OpenAPI document says of it: the path template
 * of its operation; for an answer no operation declares (405, an unknown path), its problem; or why the
 * document has nothing to say (the document itself, a preflight).
 */
export type Case = { path: string; init?: RequestInit } & (
  | { template: string }
  | { problem: { status: number; kind: string } }
  | { undocumented: string }
);

/** The headers two answers must agree on: what a client or a cache reads. */
const COMPARED_HEADERS = [
  'content-type',
  'content-length',
  'etag',
  'cache-control',
  'vary',
  'link',
  'allow',
  'access-control-allow-origin',
];

type Answer = { status: number; headers: Record<string, string | null>; body: string };

async function answerOf(response: Response): Promise<Answer> {
  const headers = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: await response.text() };
}

/** Where two bodies first differ, with a little of each around it: enough to see why, small enough to print. */
function firstDifference(expected: string, actual: string) {
  let i = 0;
  while (i < expected.length && expected.charCodeAt(i) === actual.charCodeAt(i)) i++;
  return {
    at: i,
    lengths: [expected.length, actual.length],
    expected: expected.slice(Math.max(0, i - 40), i + 80),
    actual: actual.slice(Math.max(0, i - 40), i + 80),
  };
}

const send = (answerer: Answerer, c: Case) =>
  Promise.resolve(answerer(new Request(`${ORIGIN}${c.path}`, c.init)));

/**
 * Sends `c` to the reference and to the Worker under test and describes how their answers differ, byte
 * for byte in the body and in the compared headers: null when they are the same.
 */
export async function compareAnswers(reference: Answerer, worker: Answerer, c: Case) {
  const expected = await send(reference, c).then(answerOf);
  const actual = await send(worker, c).then(answerOf);
  const headers = COMPARED_HEADERS.filter((name) => expected.headers[name] !== actual.headers[name]).map(
    (name) => ({ name, expected: expected.headers[name], actual: actual.headers[name] }),
  );
  if (expected.status === actual.status && headers.length === 0 && expected.body === actual.body) return null;
  return {
    path: c.path,
    status: [expected.status, actual.status],
    headers,
    body: expected.body === actual.body ? 'same' : firstDifference(expected.body, actual.body),
  };
}

/** Checks the Worker's answer to `c` against the OpenAPI document it serves. */
export async function expectConformant(worker: Answerer, c: Case): Promise<void> {
  if ('undocumented' in c) return;
  const response = await send(worker, c);
  if ('template' in c) await expectDeclared(response, c.template);
  else await expectProblem(response, c.problem.status, c.problem.kind);
}
