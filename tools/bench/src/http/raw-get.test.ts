import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dechunk, freePort, parseResponse, rawGet } from './raw-get.ts';

describe('parseResponse', () => {
  it('reads the status, lower-cased headers and body', () => {
    const res = parseResponse(Buffer.from('HTTP/1.1 304 Not Modified\r\nETag: "abc"\r\n\r\n'));
    expect(res).toEqual({ status: 304, headers: { etag: '"abc"' }, body: Buffer.alloc(0) });
  });

  it('joins a chunked body', () => {
    expect(dechunk(Buffer.from('3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n')).toString()).toBe('abcde');
  });
});

describe('rawGet', () => {
  it('sends the headers and returns the whole answer', async () => {
    const server = createServer((req, res) => {
      res.setHeader('etag', '"v1"');
      res.write(`if-none-match=${req.headers['if-none-match']};`);
      res.end(`path=${req.url}`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await rawGet(port, '/contests/x', { 'If-None-Match': '"v0"' });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"v1"');
      expect(res.body.toString()).toBe('if-none-match="v0";path=/contests/x');
    } finally {
      server.close();
    }
  });

  it('rejects when nothing listens', async () => {
    const port = await freePort();
    await expect(rawGet(port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
