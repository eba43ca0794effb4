import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './browser.js';

// `npm start` as a reader runs it (without its build step: turbo built everything before this test): every URL it
// prints must answer, offline, and it must print those URLs and real problems only.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const artefacts = fileURLToPath(new URL('../test-results/', import.meta.url));

let start: ChildProcess;
let output = '';
let errors = '';
let urls: Map<string, string>;
let browser: Browser;
let page: Page;
const offline: string[] = [];
const problems: string[] = [];

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePromise(port));
    });
  });
}

/** Runs `node scripts/start.ts --no-build` on `port` and resolves with what it printed once it says it is up. */
function startTally(port: number): Promise<void> {
  start = spawn(process.execPath, ['scripts/start.ts', '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    start.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolvePromise();
    });
    start.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}\n${errors}`)));
  });
}

beforeAll(async () => {
  await mkdir(artefacts, { recursive: true });
  await startTally(await freePort());
  // "[start]   Docs            http://127.0.0.1:PORT/": the label and the first URL of each line.
  urls = new Map(
    [...output.matchAll(/^\[start\] {3}(\S.*?)\s{2,}(http:\/\/\S+)/gm)].map(([, label, url]) => [
      (label ?? '').trim(),
      url ?? '',
    ]),
  );
  browser = await launchBrowser();
  // Offline: anything but this machine's loopback is refused, and noted.
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    offline.push(url.href);
    return route.abort('internetdisconnected');
  });
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (start?.exitCode === null) {
    const exited = new Promise((resolvePromise) => start.once('exit', resolvePromise));
    start.kill('SIGTERM');
    await exited;
  }
});

describe('npm start', () => {
  it('prints the URLs and nothing else: no stack trace, no warning that is not a problem', () => {
    const lines = output.split('\n').filter((line) => line !== '');
    expect(
      lines.every((line) => line.startsWith('[start] ')),
      output,
    ).toBe(true);
    expect(errors, 'stderr').toBe('');
    expect(output).not.toMatch(/Request\.cf|ENOTFOUND|target environment|wrangler \d|Ready on|\n\s+at /);
    expect([...urls.keys()]).toEqual(['Docs', 'API', 'API reference', 'OpenAPI', 'Health', 'MCP']);
  });

  it('answers every URL it prints, offline', async () => {
    for (const [label, url] of urls) {
      if (label === 'MCP') continue; // not a page: an MCP client's endpoint, checked below as a client calls it
      const response = await page.goto(url, { waitUntil: 'load' });
      expect([label, response?.status()]).toEqual([label, 200]);
    }
    const mcp = await fetch(urls.get('MCP') ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'start.test', version: '1' },
        },
      }),
    });
    expect(mcp.status).toBe(200);
    expect(
      ((await mcp.json()) as { result?: { serverInfo?: { name?: string } } }).result?.serverInfo?.name,
    ).toBeTruthy();
    // The static reference the same line names.
    const pages = /\(the same, as pages: (\S+)\)/.exec(output)?.[1] ?? '';
    expect((await page.goto(pages))?.status()).toBe(200);
    expect(offline).toEqual([]);
  });

  it('renders the interactive reference with its operations, its code from this service alone', async () => {
    const reference = urls.get('API reference') ?? '';
    const openapi = (await (await fetch(urls.get('OpenAPI') ?? '')).json()) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const summaries = Object.values(openapi.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) => (operation.summary ? [operation.summary] : [])),
    );
    expect(summaries.length).toBeGreaterThan(0);
    await page.goto(reference, { waitUntil: 'load' });
    for (const summary of summaries.slice(0, 3)) {
      await page.getByText(summary, { exact: true }).first().waitFor({ timeout: 30_000 });
    }
    await page.screenshot({ path: `${artefacts}reference.png` });
    expect(offline).toEqual([]);
  });

  it("answers a missing page with the docs' 404 page and a missing API path with a problem whose type is a page", async () => {
    const base = urls.get('Docs') ?? '';
    const missing = await page.goto(new URL('/data/contests/no-such-contest/', base).href);
    expect(missing?.status()).toBe(404);
    expect(await page.title()).toMatch(/404/);
    const problem = await fetch(new URL('/v1/contests/no-such-contest', base));
    expect(problem.headers.get('content-type')).toBe('application/problem+json');
    const { type } = (await problem.json()) as { type: string };
    const typePage = await page.goto(new URL(type, base).href);
    expect(typePage?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Not found (404)');
  });

  it('logged no console error and asked nothing of the network', () => {
    // The 404 page's own answer is the one error a browser logs on purpose.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
    expect(offline).toEqual([]);
  });
});
