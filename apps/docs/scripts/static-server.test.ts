import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from './static-server.ts';

let site: StaticServer;

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'tally-static-'));
  const root = join(parent, 'dist');
  await mkdir(join(root, 'data'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'outside the site');
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, '404.html'), '<h1>not here</h1>');
  await writeFile(join(root, 'data', 'index.html'), '<h1>data</h1>');
  await writeFile(join(root, 'site.css'), 'body{}');
  site = await startStaticServer(root);
});
afterAll(() => site.close());

const get = (path: string, init?: RequestInit) => fetch(`${site.url}${path}`, init);

describe('startStaticServer', () => {
  it('answers files with their type, and a folder with its index.html', async () => {
    const css = await get('/site.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css');
    const data = await get('/data/');
    expect(data.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(await data.text()).toBe('<h1>data</h1>');
  });

  it('answers unknown paths with the 404 page', async () => {
    const missing = await get('/nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>not here</h1>');
  });

  it('never reaches outside the site, however the path is escaped', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/data/%2e%2e%2f%2e%2e/secret.txt',
      '/%E0%A4%A',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('outside the site');
    }
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
