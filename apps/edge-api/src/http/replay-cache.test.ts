import { describe, expect, it } from 'vitest';
import { createReplayCache } from './replay-cache.js';

const URL_A = 'http://tally.test/v1/contests/a';
const ETAG = '"0123456789abcdef-00000000000000000000000000000000"';
const PUBLIC = 'public, max-age=300';

function answer(status: number, headers: Record<string, string>, body: string | null = null): Response {
  return new Response(body, { status, headers: { etag: ETAG, 'cache-control': PUBLIC, ...headers } });
}

function get(url = URL_A, headers: Record<string, string> = {}, method = 'GET'): Request {
  return new Request(url, { method, headers });
}

describe('createReplayCache', () => {
  it('replays a kept 200 with its status, every header and its body, as often as asked', async () => {
    const cache = createReplayCache();
    expect(cache.replay(get())).toBeNull();
    const sent = await cache.keep(
      get(),
      answer(200, { 'content-type': 'application/json', 'x-a': '1' }, '{}'),
    );
    expect(await sent.text()).toBe('{}');
    for (let i = 0; i < 2; i++) {
      const replayed = cache.replay(get());
      expect(replayed?.status).toBe(200);
      expect(Object.fromEntries(replayed?.headers ?? [])).toEqual({
        'cache-control': PUBLIC,
        'content-type': 'application/json',
        etag: ETAG,
        'x-a': '1',
      });
      expect(await replayed?.text()).toBe('{}');
    }
    expect(cache.size).toBe(1);
  });

  it('gives every replay headers of its own: a change to one never reaches the next', async () => {
    const cache = createReplayCache();
    const sent = await cache.keep(get(), answer(200, { 'x-a': '1' }, '{}'));
    sent.headers.set('x-a', 'changed by whoever got the first answer');
    const first = cache.replay(get());
    first?.headers.set('x-a', 'changed');
    first?.headers.append('x-added', 'yes');
    const second = cache.replay(get());
    expect(second?.headers.get('x-a')).toBe('1');
    expect(second?.headers.has('x-added')).toBe(false);
  });

  it('replays HEAD from a kept GET without the body', async () => {
    const cache = createReplayCache();
    await cache.keep(get(), answer(200, { 'content-length': '2' }, '{}'));
    const head = cache.replay(get(URL_A, {}, 'HEAD'));
    expect(head?.headers.get('content-length')).toBe('2');
    expect(head?.body).toBeNull();
  });

  it("leaves a matching If-None-Match to the app until it has kept the app's 304, then replays that", async () => {
    const cache = createReplayCache();
    await cache.keep(get(), answer(200, {}, 'body'));
    const conditional = get(URL_A, { 'if-none-match': `W/${ETAG}` });
    expect(cache.replay(conditional)).toBeNull();
    await cache.keep(conditional, answer(304, { 'x-304': 'yes' }));
    const replayed = cache.replay(get(URL_A, { 'if-none-match': `"other", ${ETAG}` }));
    expect(replayed?.status).toBe(304);
    expect(replayed?.headers.get('x-304')).toBe('yes');
    expect(replayed?.body).toBeNull();
  });

  it('replays the 200 to an If-None-Match that does not match', async () => {
    const cache = createReplayCache();
    await cache.keep(get(), answer(200, {}, 'body'));
    const replayed = cache.replay(get(URL_A, { 'if-none-match': '"stale"' }));
    expect(replayed?.status).toBe(200);
    expect(await replayed?.text()).toBe('body');
  });

  it.each([
    ['a HEAD', get(URL_A, {}, 'HEAD'), answer(200, {}, null)],
    ['a 404', get(), answer(404, {}, 'no')],
    ['an answer without an ETag', get(), new Response('x', { headers: { 'cache-control': PUBLIC } })],
    ['a no-store answer', get(), answer(200, { 'cache-control': 'no-store' }, 'x')],
    ['an answer that varies on Accept', get(), answer(200, { vary: 'Accept' }, 'x')],
    ['a URL past the length limit', get(`${URL_A}?q=${'x'.repeat(2048)}`), answer(200, {}, 'x')],
  ])('keeps nothing of %s, and passes it on unchanged', async (_, request, response) => {
    const cache = createReplayCache();
    expect(await cache.keep(request, response)).toBe(response);
    expect(cache.size).toBe(0);
    expect(cache.replay(request)).toBeNull();
  });

  it('never replays to a method other than GET and HEAD', async () => {
    const cache = createReplayCache();
    await cache.keep(get(), answer(200, {}, 'x'));
    expect(cache.replay(get(URL_A, {}, 'OPTIONS'))).toBeNull();
    expect(cache.replay(get(URL_A, {}, 'POST'))).toBeNull();
  });

  it('drops the least recently replayed URLs beyond its byte budget', async () => {
    const cache = createReplayCache({ maxBytes: 450 });
    // Each entry is about 190 bytes (a 100-byte body and its headers): two fit, three do not.
    const body = 'x'.repeat(100);
    await cache.keep(get(`${URL_A}1`), answer(200, {}, body));
    await cache.keep(get(`${URL_A}2`), answer(200, {}, body));
    cache.replay(get(`${URL_A}1`));
    await cache.keep(get(`${URL_A}3`), answer(200, {}, body));
    expect(cache.replay(get(`${URL_A}2`))).toBeNull();
    expect(cache.replay(get(`${URL_A}1`))).not.toBeNull();
    expect(cache.replay(get(`${URL_A}3`))).not.toBeNull();
    expect(cache.bytes).toBeLessThanOrEqual(450);
  });

  it('starts again when the app gives a URL a new tag', async () => {
    const cache = createReplayCache();
    await cache.keep(get(), answer(200, {}, 'old'));
    await cache.keep(get(), new Response('new', { headers: { etag: '"new"', 'cache-control': PUBLIC } }));
    expect(await cache.replay(get())?.text()).toBe('new');
    expect(cache.size).toBe(1);
  });
});
