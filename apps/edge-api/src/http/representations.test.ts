import { describe, expect, it } from 'vitest';
import { createRepresentationCache, DATA_CACHE_CONTROL, sendRepresentation } from './representations.js';

const hash = 'ab'.repeat(32);

describe('createRepresentationCache', () => {
  it('builds a body once and tags it with the data version and a digest of the body', async () => {
    const cache = createRepresentationCache(hash);
    let builds = 0;
    const build = () => {
      builds++;
      return '{"a":1}';
    };
    const [first, second] = await Promise.all([
      cache.get('k', 'application/json', build),
      cache.get('k', 'x', build),
    ]);
    expect(builds).toBe(1);
    expect(second).toBe(first);
    expect(new TextDecoder().decode(first.body)).toBe('{"a":1}');
    expect(first.etag).toMatch(/^"abababababababab-[0-9a-f]{32}"$/);
  });

  it('gives different bodies different tags, and equal bodies equal tags', async () => {
    const cache = createRepresentationCache(hash);
    const a = await cache.get('a', 't', () => 'one');
    const b = await cache.get('b', 't', () => 'two');
    const c = await cache.get('c', 't', () => 'one');
    expect(a.etag).not.toBe(b.etag);
    expect(c.etag).toBe(a.etag);
  });

  it('evicts the least recently used entries beyond its byte budget', async () => {
    const cache = createRepresentationCache(hash, 10);
    await cache.get('a', 't', () => '123456');
    await cache.get('b', 't', () => '123456');
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(6);
    let rebuilt = false;
    await cache.get('a', 't', () => {
      rebuilt = true;
      return '123456';
    });
    expect(rebuilt).toBe(true);
  });

  it('does not keep a build that failed', async () => {
    const cache = createRepresentationCache(hash);
    await expect(
      cache.get('k', 't', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await cache.get('k', 't', () => 'ok')).body.byteLength).toBe(2);
  });
});

describe('sendRepresentation', () => {
  const representation = {
    body: new TextEncoder().encode('{"é":1}'),
    etag: '"v-1"',
    contentType: 'application/json',
  };

  it('sends the body with its tag, caching headers and byte length', async () => {
    const response = sendRepresentation(new Request('http://x/'), representation, { vary: 'Accept' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"v-1"');
    expect(response.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
    expect(response.headers.get('vary')).toBe('Accept');
    expect(response.headers.get('content-length')).toBe('8');
    expect(await response.text()).toBe('{"é":1}');
  });

  it('answers 304 without a body when If-None-Match matches', async () => {
    const request = new Request('http://x/', { headers: { 'if-none-match': 'W/"v-1"' } });
    const response = sendRepresentation(request, representation);
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('"v-1"');
    expect(response.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
    expect(response.headers.get('content-type')).toBeNull();
    expect(await response.text()).toBe('');
  });
});
