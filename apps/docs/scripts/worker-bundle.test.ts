import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorker, workerFetch } from './worker-bundle.ts';
import { startWorkerServer } from './worker-server.ts';

// A stand-in for the bundled Worker: echoes the method, path and Accept header it was called with.
const echoWorker = `export default {
  fetch(request) {
    const url = new URL(request.url);
    return Response.json({ method: request.method, path: url.pathname + url.search, accept: request.headers.get('accept') });
  },
};`;

async function writeModule(source: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tally-worker-'));
  const file = join(dir, 'index.js');
  await writeFile(file, source);
  return file;
}

describe('loadWorker', () => {
  it('loads a bundle whose default export has fetch, and routes fetch calls to it', async () => {
    const worker = await loadWorker(await writeModule(echoWorker));
    const fetchFromWorker = workerFetch(worker);
    const response = await fetchFromWorker('http://tally.test/v1/contests?year=2004', {
      headers: { accept: 'application/json' },
    });
    expect(await response.json()).toEqual({
      method: 'GET',
      path: '/v1/contests?year=2004',
      accept: 'application/json',
    });
  });

  it('says to build the edge API when the bundle is missing', async () => {
    await expect(loadWorker('/nonexistent/dist/index.js')).rejects.toThrow(
      '/nonexistent/dist/index.js is missing: build the edge API first',
    );
  });

  it('refuses a module without a fetch handler', async () => {
    const file = await writeModule('export default {};');
    await expect(loadWorker(file)).rejects.toThrow(
      'its default export has no fetch(request, env, ctx) method',
    );
  });
});

describe('startWorkerServer', () => {
  it('answers HTTP on loopback from the Worker', async () => {
    const worker = await loadWorker(await writeModule(echoWorker));
    const server = await startWorkerServer(worker);
    try {
      const response = await fetch(`${server.url}/healthz`, { headers: { accept: 'text/csv' } });
      expect(await response.json()).toEqual({ method: 'GET', path: '/healthz', accept: 'text/csv' });
    } finally {
      await server.close();
    }
  });
});
