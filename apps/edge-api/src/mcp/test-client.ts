import { exports } from 'cloudflare:workers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';

// The official MCP client over HTTP, its requests answered by the Worker's default export inside workerd.

/** Where the tests reach `/mcp`: a loopback host, one the endpoint serves without configuration. */
export const MCP_URL = 'http://localhost/mcp';

/** A request to the Worker's default export, as a deployed Worker gets it. */
export function workerFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(input, init));
}

/** A connected MCP client (initialize done), checking structured content against each tool's output schema. */
export async function connectClient(): Promise<Client> {
  const client = new Client(
    { name: 'tally-tests', version: '1.0.0' },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(MCP_URL), { fetch: workerFetch }));
  return client;
}

/** A JSON-RPC POST to `/mcp` as a client sends one, with the headers the transport requires. */
export function post(body: unknown, headers: Record<string, string> = {}, url = MCP_URL): Promise<Response> {
  return workerFetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
