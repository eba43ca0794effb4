import http from 'node:http';
import { workerdVersion } from '@tally/harness/workerd';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Exchange, send } from '../http/send.ts';
import { sendRaw } from '../http/send-raw.ts';
import { describeMachine, loadAverage } from '../results/machine.ts';
import { writeSection } from '../results/results-file.ts';
import { launchWorker, type RunningWorker } from '../workerd/launch.ts';
import { resultsPath } from '../workspace.ts';
import { carriesMarker, checkResponse, type FuzzRequest } from './check-response.ts';
import { readContext } from './context.ts';
import { renderFuzzSection } from './fuzz-report.ts';
import { answerLines, emptyStats, record } from './fuzz-stats.ts';
import {
  conditionalRequests,
  type FuzzContext,
  httpRequests,
  longRequests,
  rawRequests,
} from './requests.ts';

// Counts are sized to keep the whole file near 10 s on a laptop core; the soak covers volume.
const RUNS = { http: 12_000, conditional: 300, long: 800, raw: 2200 };

let worker: RunningWorker;
let ctx: FuzzContext;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const stats = emptyStats();
const seeds: Record<string, number> = {};
const started = performance.now();
const loadAtStart = loadAverage();

beforeAll(async () => {
  worker = await launchWorker();
  ctx = await readContext(worker.port);
});

afterAll(async () => {
  agent.destroy();
  await worker?.stop();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      `fuzz: ${stats.sent} requests sent (${Object.entries(stats.byTransport)
        .map(([t, n]) => `${t} ${n}`)
        .join(
          ', ',
        )}) in ${seconds.toFixed(1)} s, ${stats.failures} failures; ${stats.markerToWorker} carried the marker to the Worker`,
      ...answerLines(stats).map((line) => `  ${line}`),
      ...stats.firstFailures.map((line) => `  failed: ${line}`),
    ].join('\n'),
  );
  if (process.env.RELIABILITY_RECORD === '1') {
    await writeSection(
      resultsPath,
      'fuzz',
      renderFuzzSection(stats, {
        date: new Date().toISOString(),
        machine: describeMachine(),
        loadAtStart,
        command: 'pnpm --filter @tally/reliability run fuzz',
        workerd: workerdVersion,
        seconds,
        seeds,
      }),
    );
  }
});

function exchange(request: FuzzRequest): Promise<Exchange> {
  if (request.transport === 'raw') return sendRaw(worker.port, request.raw ?? '');
  return send(worker.port, request, { agent });
}

/** Sends one request and checks its answer; throws (so fast-check shrinks it) on any broken promise. */
async function check(request: FuzzRequest): Promise<void> {
  let response: Exchange;
  try {
    response = await exchange(request);
  } catch (error) {
    const reason = `no answer: ${(error as Error).message}`;
    record(stats, request, null, [reason]);
    throw new Error(reason);
  }
  const { origin, violations } = checkResponse(request, response, ctx.marker);
  record(stats, request, { origin, status: response.status }, violations, carriesMarker(request, ctx.marker));
  if (violations.length > 0) {
    throw new Error(`${origin} answered ${response.status}: ${violations.join('; ')}`);
  }
}

function seedFor(name: string): number {
  const fixed = Number(process.env.FUZZ_SEED);
  seeds[name] =
    Number.isInteger(fixed) && process.env.FUZZ_SEED ? fixed : Math.floor(Math.random() * 2 ** 31);
  return seeds[name];
}

test('random paths, queries, headers and methods get no 5xx, problems for errors, the headers and no echo', async () => {
  await fc.assert(fc.asyncProperty(httpRequests(ctx), check), { numRuns: RUNS.http, seed: seedFor('http') });
});

test('conditional GET and HEAD with the current ETag, weak or in a list, get 304 with the headers', async () => {
  await fc.assert(fc.asyncProperty(conditionalRequests(ctx), check), {
    numRuns: RUNS.conditional,
    seed: seedFor('conditional'),
  });
});

test('URLs and query strings around and past the limits get 414 and 400 as documented', async () => {
  await fc.assert(fc.asyncProperty(longRequests(ctx), check), { numRuns: RUNS.long, seed: seedFor('long') });
});

test('raw requests (lower-case and unknown methods, HTTP/1.0, no Host) reach the Worker or a refusal by workerd', async () => {
  await fc.assert(fc.asyncProperty(rawRequests(ctx), check), { numRuns: RUNS.raw, seed: seedFor('raw') });
});

test('workerd logged nothing: no uncaught exception, no bug reported by the Worker', () => {
  expect(worker.output()).toBe('');
});

test('the run saw every kind of answer it is meant to exercise', () => {
  expect(stats.markerToWorker).toBeGreaterThan(100);
  for (const answer of [
    'worker 200',
    'worker 304',
    'worker 400',
    'worker 404',
    'worker 405',
    'worker 414',
    'worker 204',
    'runtime 400',
    'runtime 501',
  ]) {
    expect(stats.byAnswer[answer] ?? 0, answer).toBeGreaterThan(0);
  }
});
