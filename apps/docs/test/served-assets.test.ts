import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Unstable_DevWorker, unstable_dev } from 'wrangler';
import { expectedDownload } from './download.js';

// The site as `npm start` serves it: the edge API's Worker under `wrangler dev --env site`, with the built site as
// its static assets (apps/docs/dist, bound as ASSETS), in workerd on loopback. Workers Static
// Assets answer the site's paths themselves, so what they send is set by dist/_headers (public/_headers).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// The edge API's own folder (not the link to it), where wrangler.jsonc's relative paths (../docs/dist) hold.
const edgeApi = `${realpathSync(fileURLToPath(new URL('../node_modules/@tally/edge-api/', import.meta.url)))}/`;
let server: Unstable_DevWorker;

beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) throw new Error(`${dist} holds no built site: build the docs first`);
  // The `site` environment of wrangler.jsonc, as npm start runs it: the built site as static assets, bound as ASSETS.
  // Wrangler resolves the config's `alias` targets from the working directory, as `npm start` runs it.
  const cwd = process.cwd();
  process.chdir(edgeApi);
  server = await unstable_dev(`${edgeApi}src/index.ts`, {
    config: `${edgeApi}wrangler.jsonc`,
    env: 'site',
    ip: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    experimental: { disableExperimentalWarning: true },
  } as Parameters<typeof unstable_dev>[1]).finally(() => process.chdir(cwd));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the docs site and the API served together, as npm start serves them', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    'answers %s on a page or a file with 405 and Allow',
    async (method) => {
      for (const path of ['/', '/data/', '/favicon.svg', '/downloads/tally-results.csv']) {
        const response = await server.fetch(path, { method, body: method === 'DELETE' ? null : 'x' });
        expect([path, response.status]).toEqual([path, 405]);
        expect(response.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
        await response.arrayBuffer();
      }
    },
  );

  it('answers 405 with the API’s Allow on an API path', async () => {
    const response = await server.fetch('/v1/races', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    await response.arrayBuffer();
  });

  it('serves the results CSV of the data package under its file name, and the API beside the pages', async () => {
    const csv = await server.fetch('/downloads/tally-results.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="tally-results.csv"');
    const shipped = await readFile(
      fileURLToPath(new URL('../node_modules/@tally/data/dist/results.csv', import.meta.url)),
      'utf8',
    );
    // The statewide rows and the units the JSON ships: results.csv whole (precincts too) passes the 25 MiB of an asset.
    expect(await csv.text()).toBe(await expectedDownload(shipped));
    const race = await server.fetch('/v1/races/2004-democratic/results?format=csv');
    expect((await race.text()).split('\r\n')[0]).toBe(shipped.split('\r\n')[0]);
    const page = await server.fetch('/data/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    await page.arrayBuffer();
  });

  it("answers a page the site does not have with the site's own 404 page, and an API path with the problem", async () => {
    const page = await server.fetch('/data/contests/no-such-contest/');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toBe(await readFile(`${dist}404.html`, 'utf8'));
    const api = await server.fetch('/v1/contests/no-such-contest');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await api.json()) as { type: string };
    // The problem's type is a page of this service: the docs page of the problem.
    const typePage = await server.fetch(problem.type);
    expect(typePage.status).toBe(200);
    expect(await typePage.text()).toContain('Not found (404)');
  });

  it("serves the reference page's code from the site, the version the lockfile pins", async () => {
    const reference = await (await server.fetch('/reference')).text();
    const src = /<script src="([^"]+)"><\/script>/.exec(reference)?.[1] ?? '';
    expect(src).toMatch(/^\/[^/]/);
    const bundle = await server.fetch(src);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});
