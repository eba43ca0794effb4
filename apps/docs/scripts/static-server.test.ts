import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, type StaticServer, startStaticServer } from './static-server.ts';

let root: string;
let site: StaticServer;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'tally-static-'));
  root = join(parent, 'dist');
  await mkdir(join(root, 'data'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'outside the site');
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, '404.html'), '<h1>not here</h1>');
  await writeFile(join(root, 'data', 'index.html'), '<h1>data</h1>');
  await writeFile(join(root, 'site.css'), 'body{}');
  site = await startStaticServer(root);
});
afterAll(() => site.close());

describe('resolveFile', () => {
  it('serves a folder from its index.html and redirects a folder named without its slash', async () => {
    expect(await resolveFile(root, '/data/')).toEqual({ file: join(root, 'data', 'index.html') });
    expect(await resolveFile(root, '/data')).toEqual({ file: join(root, 'data'), redirect: '/data/' });
  });

  it('never reaches outside the site, however the path is escaped', async () => {
    expect(await resolveFile(root, '/../secret.txt')).toBeNull();
    expect(await resolveFile(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(await resolveFile(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('startStaticServer', () => {
  it('answers files with their type, and unknown paths with the 404 page', async () => {
    const css = await fetch(`${site.url}/site.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const missing = await fetch(`${site.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>not here</h1>');
  });

  it('accepts only GET and HEAD', async () => {
    expect((await fetch(`${site.url}/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${site.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
