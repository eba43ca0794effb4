import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import newman from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Unstable_DevWorker, unstable_dev } from 'wrangler';

// Portman (@apideck/portman, from the npm registry) turns the OpenAPI document the Worker serves into a
// Postman collection: every operation with every one of its contract checks (a 2xx, the declared media type,
// a JSON body, the body against its JSON Schema, the declared headers), and its fuzzing variations (each
// query parameter below its minimum or minLength, over its maximum or maxLength, and each required one left
// out), each expected to be refused with a 400 problem. Newman runs the collection against the Worker in
// workerd (wrangler's dev server on loopback): a request the document allows that the server refuses, or one
// it forbids that the server accepts, fails a check.
const APP = new URL('..', import.meta.url).pathname;
const PORTMAN = join(APP, 'node_modules', '.bin', 'portman');

const contract = (checks: Record<string, unknown>) =>
  Object.entries(checks).map(([check, options]) => ({ openApiOperation: '*::/*', [check]: options }));

/** Every contract check Portman has, on every operation; the response time is left out (a shared machine). */
const CONTRACT_TESTS = contract({
  statusSuccess: { enabled: true },
  contentType: { enabled: true },
  jsonBody: { enabled: true },
  schemaValidation: { enabled: true },
  headersPresent: { enabled: true },
});

/** Every fuzzing variation Portman has, on every operation's query parameters, each expected to be a 400 problem. */
const FUZZ_OPTIONS = [
  'requiredFields',
  'minimumNumberFields',
  'maximumNumberFields',
  'minLengthFields',
  'maxLengthFields',
];
const VARIATION_TESTS = [
  {
    openApiOperation: '*::/*',
    openApiResponse: '400',
    variations: [
      {
        name: 'Fuzzed',
        openApiResponse: '400',
        fuzzing: [{ requestQueryParams: FUZZ_OPTIONS.map((option) => ({ [option]: { enabled: true } })) }],
        tests: {
          contractTests: [
            { statusCode: { enabled: true, code: 400 } },
            { contentType: { enabled: true } },
            { jsonBody: { enabled: true } },
            { schemaValidation: { enabled: true } },
          ],
        },
      },
    ],
  },
];

type Failure = { source?: { name?: string }; error: { test?: string; message: string } };
type Summary = {
  run: { stats: { requests: { total: number }; assertions: { total: number } }; failures: Failure[] };
};

let worker: Unstable_DevWorker;
let dir: string;
let summary: Summary;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-portman-'));
  worker = await unstable_dev(join(APP, 'src', 'index.ts'), {
    config: join(APP, 'wrangler.jsonc'),
    ip: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    experimental: { disableExperimentalWarning: true },
  } as Parameters<typeof unstable_dev>[1]);
  const base = `http://${worker.address}:${worker.port}`;
  const document = (await (await worker.fetch('/openapi.json')).json()) as Record<string, unknown>;
  const spec = join(dir, 'openapi.json');
  await writeFile(spec, JSON.stringify({ ...document, servers: [{ url: base }] }));
  const config = join(dir, 'portman-config.json');
  await writeFile(
    config,
    JSON.stringify({
      version: 1.0,
      tests: { contractTests: CONTRACT_TESTS, variationTests: VARIATION_TESTS },
    }),
  );
  const collection = join(dir, 'collection.json');
  await promisify(execFile)(
    PORTMAN,
    ['-l', spec, '-b', base, '-c', config, '-o', collection, '--warn', 'false'],
    {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  summary = await new Promise<Summary>((resolve, reject) => {
    newman.run({ collection, reporters: [] }, (error, result) =>
      error ? reject(error) : resolve(result as unknown as Summary),
    );
  });
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Portman and Newman against the Worker in workerd', () => {
  it('send every operation of the document, with its contract checks and its fuzzed variations', () => {
    expect(summary.run.stats.requests.total).toBeGreaterThanOrEqual(11);
    expect(summary.run.stats.assertions.total).toBeGreaterThan(summary.run.stats.requests.total * 3);
  });

  it('find no request the document allows that the server refuses, and none it forbids that it accepts', () => {
    console.log(
      `portman/newman: ${summary.run.stats.requests.total} requests, ${summary.run.stats.assertions.total} assertions`,
    );
    const failures = summary.run.failures.map(
      (f) => `${f.source?.name ?? '?'}: ${f.error.test ?? ''}: ${f.error.message}`,
    );
    expect(failures).toEqual([]);
  });
});
