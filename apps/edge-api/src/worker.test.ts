import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createWorker } from './worker.js';
import { app } from './worker-app.js';

const ORIGIN = 'http://tally.test';
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

async function snapshot(response: Response) {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

// Paths whose answers the Worker keeps, and some it must always hand to the app.
const PATHS = [
  '/v1/contests/2004-nd-democratic-caucus',
  '/v1/contests?state=nd',
  '/v1/tally?year=2004',
  '/v1/races/2004-democratic',
  '/v1/search?q=kerry',
  '/v1/candidates/john-kerry',
  '/v1/contests/2004-nd-democratic-caucus/results?format=csv',
  '/v1/contests/nowhere',
  '/healthz',
];

describe('the Worker', () => {
  it.each(PATHS)('answers %s, the first time and when it replays, exactly as the app does', async (path) => {
    const expected = await snapshot(await app.fetch(new Request(`${ORIGIN}${path}`), {}, ctx));
    const worker = createWorker(async () => app);
    for (let i = 0; i < 3; i++) {
      expect(await snapshot(await worker.fetch(new Request(`${ORIGIN}${path}`), {}, ctx))).toEqual(expected);
    }
    const etag = expected.headers.etag;
    if (etag) {
      const conditional = () => new Request(`${ORIGIN}${path}`, { headers: { 'if-none-match': etag } });
      const notModified = await snapshot(await app.fetch(conditional(), {}, ctx));
      for (let i = 0; i < 2; i++) {
        expect(await snapshot(await worker.fetch(conditional(), {}, ctx))).toEqual(notModified);
      }
    }
  });

  it('keeps the answers to data reads, and nothing of errors, negotiated or uncached answers', async () => {
    const worker = createWorker(async () => app);
    for (const path of PATHS) await worker.fetch(new Request(`${ORIGIN}${path}`), {}, ctx);
    expect(worker.replays.size).toBe(6);
  });

  it('loads the app once, on the first request, and again after a failed load', async () => {
    let loads = 0;
    const worker = createWorker(async () => {
      loads++;
      if (loads === 1) throw new Error('first load fails');
      return app;
    });
    expect(loads).toBe(0);
    await expect(worker.fetch(new Request(`${ORIGIN}/healthz`), {}, ctx)).rejects.toThrow('first load fails');
    expect((await worker.fetch(new Request(`${ORIGIN}/healthz`), {}, ctx)).status).toBe(200);
    await worker.fetch(new Request(`${ORIGIN}/v1/contests`), {}, ctx);
    expect(loads).toBe(2);
  });

  it('is the default export the runtime calls', async () => {
    const response = await exports.default.fetch(
      new Request(`${ORIGIN}/v1/contests/2004-nd-democratic-caucus`),
    );
    expect(response.status).toBe(200);
  });
});
