import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { bundledStore } from '../store/bundled-store.js';
import { MAX_MCP_BODY_BYTES } from './limits.js';
import { MCP_URL, post, workerFetch } from './test-client.js';

// `/mcp` over HTTP, below the client: what the transport refuses and how, the host and origin checks, and that
// no request, however malformed, gets a 500.

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } },
};
const listTools = { jsonrpc: '2.0', id: 2, method: 'tools/list' };

type RpcError = { jsonrpc: '2.0'; id: null | number; error: { code: number; message: string } };

async function rpcError(response: Response, status: number, code: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as RpcError;
  expect(body).toMatchObject({ jsonrpc: '2.0', error: { code } });
  return body.error.message;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /mcp', () => {
  it('initializes without a session (stateless) and answers JSON, not an event stream', async () => {
    const response = await post(initialize);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('mcp-session-id')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as {
      result: { serverInfo: { name: string }; capabilities: object };
    };
    expect(body.result.serverInfo.name).toBe('tally');
    expect(Object.keys(body.result.capabilities).sort()).toEqual([
      'completions',
      'prompts',
      'resources',
      'tools',
    ]);
  });

  it('answers a request without an earlier initialize: every POST stands alone', async () => {
    const response = await post(listTools, { 'mcp-protocol-version': '2025-06-18' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: number; result: { tools: unknown[] } };
    expect(body.id).toBe(2);
    expect(body.result.tools.length).toBeGreaterThan(0);
  });

  it('accepts a notification with 202 and no body', async () => {
    const response = await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('refuses what the transport cannot read, each with a JSON-RPC error and a 4xx', async () => {
    expect(await rpcError(await post('{"jsonrpc": "2.0", "id": 1,'), 400, -32700)).toMatch(/Parse error/);
    expect(await rpcError(await post({ hello: 'world' }), 400, -32700)).toMatch(/Invalid JSON-RPC message/);
    expect(await rpcError(await post(listTools, { accept: 'application/json' }), 406, -32000)).toMatch(
      /Not Acceptable/,
    );
    expect(await rpcError(await post(listTools, { 'content-type': 'text/plain' }), 415, -32000)).toMatch(
      /Unsupported Media Type/,
    );
    expect(
      await rpcError(await post(listTools, { 'mcp-protocol-version': '1999-01-01' }), 400, -32000),
    ).toMatch(/Unsupported protocol version/);
  });

  it('refuses a body over the size limit with 413 before reading it', async () => {
    const huge = JSON.stringify({ ...listTools, params: { pad: 'x'.repeat(MAX_MCP_BODY_BYTES) } });
    expect(await rpcError(await post(huge), 413, -32000)).toMatch(/too large|exceeds|limit/i);
  });

  it('answers an unknown method with JSON-RPC method-not-found, in a 200', async () => {
    const response = await post({ jsonrpc: '2.0', id: 7, method: 'tools/delete' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as RpcError;
    expect(body).toMatchObject({ id: 7, error: { code: -32601 } });
  });
});

describe('other methods on /mcp', () => {
  it.each(['GET', 'DELETE', 'PUT', 'PATCH'])(
    '%s is 405 with Allow: POST, OPTIONS: stateless, no stream',
    async (method) => {
      const response = await workerFetch(MCP_URL, { method, headers: { accept: 'text/event-stream' } });
      expect(await rpcError(response, 405, -32000)).toMatch(/stateless/);
      expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    },
  );

  it('answers a CORS preflight from an allowed origin with POST and the MCP headers', async () => {
    const response = await workerFetch(MCP_URL, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:6274',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, mcp-protocol-version',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6274');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toContain('mcp-protocol-version');
  });

  it('leaves the REST routes read-only: POST elsewhere is still 405', async () => {
    const response = await workerFetch('http://localhost/v1/contests', { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('DNS rebinding protection', () => {
  it('refuses a host it does not serve, before reading the request', async () => {
    const message = await rpcError(await post(initialize, {}, 'http://attacker.example/mcp'), 403, -32000);
    expect(message).toMatch(/host "attacker.example" is not one this server answers/);
    expect(message).toContain('MCP_ALLOWED_HOSTS');
  });

  it.each([
    'http://attacker.example',
    'null',
    'file://',
    'http://localhost.attacker.example',
    'chrome-extension://abc',
  ])('refuses the origin %s', async (origin) => {
    const message = await rpcError(await post(initialize, { origin }), 403, -32000);
    expect(message).toMatch(/origin .* not accepted/);
  });

  it.each(['http://localhost:6274', 'http://127.0.0.1:8787', 'https://tally-edge-api.example.workers.dev'])(
    'accepts the origin %s and lets it read the answer',
    async (origin) => {
      const response = await post(initialize, { origin });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('vary')).toMatch(/origin/i);
    },
  );

  it('serves the hosts MCP_ALLOWED_HOSTS names, and only those', async () => {
    const app = createApp(bundledStore);
    const env = { MCP_ALLOWED_HOSTS: 'tally.example.org, *.tally.example.net' };
    const send = (url: string) =>
      app.fetch(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
          body: JSON.stringify(initialize),
        }),
        env,
      );
    expect((await send('https://tally.example.org/mcp')).status).toBe(200);
    expect((await send('https://api.tally.example.net/mcp')).status).toBe(200);
    expect((await send('https://tally.example.net/mcp')).status).toBe(403);
    expect((await send('https://example.org/mcp')).status).toBe(403);
  });
});

describe('robustness', () => {
  it('never answers 500, and never fetches anything, whatever is posted', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const message = fc.oneof(
      fc.json(),
      fc.string(),
      fc.record({
        jsonrpc: fc.constantFrom('2.0', '1.0', 2),
        id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        method: fc.constantFrom(
          'initialize',
          'tools/list',
          'tools/call',
          'resources/read',
          'resources/list',
          'resources/templates/list',
          'prompts/get',
          'completion/complete',
          'ping',
          'logging/setLevel',
        ),
        params: fc.oneof(
          fc.constant(undefined),
          fc.record({ name: fc.string(), arguments: fc.dictionary(fc.string(), fc.jsonValue()) }),
          fc.record({
            uri: fc.oneof(
              fc.webUrl(),
              fc.string(),
              fc.constant('tally://contests/2004-nd-democratic-caucus'),
            ),
          }),
          fc.jsonValue(),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(message, fc.array(message, { maxLength: 3 })), async (body) => {
        const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? 'null');
        const response = await post(text);
        expect(response.status).toBeLessThan(500);
        await response.arrayBuffer();
      }),
      { numRuns: 150 },
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 60_000);
});
