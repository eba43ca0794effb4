import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../scripts/static-server.ts';
import { crawl, pageLinks } from './crawl.js';

describe('pageLinks', () => {
  it('lists the ids of a page and every href and src in it, in document order', () => {
    const { ids, links } = pageLinks(
      '<html><head><link href="/a.css"><script src="/b.js"></script></head><body><h2 id="x">X</h2><a href="/c/#x">c</a><img src="d.png"></body></html>',
    );
    expect([...ids]).toEqual(['x']);
    expect(links).toEqual(['/a.css', '/b.js', '/c/#x', 'd.png']);
  });
});

describe('crawl', () => {
  let site: StaticServer;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'tally-crawl-'));
    await mkdir(join(root, 'a'));
    await writeFile(
      join(root, 'index.html'),
      '<a href="/a/">a</a><a href="/a/#here">here</a><a href="https://example.org/">out</a>',
    );
    await writeFile(
      join(root, 'a', 'index.html'),
      '<p id="here"></p><a href="/missing/">m</a><a href="/#nowhere">n</a>',
    );
    site = await startStaticServer(root);
  });
  afterAll(() => site.close());

  it('follows internal links only and reports a missing page and a missing anchor', async () => {
    const result = await crawl(site.url, ['/']);
    expect(result.broken).toEqual([
      { from: '/a/', to: '/missing/', reason: 'status 404' },
      { from: '/a/', to: '/#nowhere', reason: 'no element with id "nowhere"' },
    ]);
    expect(result.pages).toBe(2);
  });
});
