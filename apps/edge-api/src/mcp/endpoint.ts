import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Context } from 'hono';
import type { Deps } from '../api/deps.js';
import { MAX_MCP_BODY_BYTES } from './limits.js';
import { allowedHosts, checkRebinding } from './rebinding.js';
import { createMcpServer } from './server.js';

/** The methods `/mcp` answers: stateless, it offers no GET stream and no session to DELETE. */
export const MCP_METHODS = 'POST, OPTIONS';

/** A JSON-RPC error the transport did not write (no request id is known yet), as the SDK's own are. */
export function jsonRpcError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

/**
 * `/mcp`: the Model Context Protocol over Streamable HTTP, stateless, answering JSON (no SSE stream). Each POST
 * gets its own server and transport (the official SDK's Web-standard one); the host and origin are checked
 * first, then the SDK checks the headers, the body's size and the JSON-RPC, and runs the request.
 */
export function mcpEndpoint(deps: Deps, version: string) {
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    const check = checkRebinding(request, allowedHosts(c.env));
    if (!check.ok) return jsonRpcError(403, -32000, check.message);
    const cors: Record<string, string> = check.origin
      ? {
          'access-control-allow-origin': check.origin,
          'access-control-expose-headers': 'mcp-session-id, mcp-protocol-version',
          vary: 'origin',
        }
      : {};
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          allow: MCP_METHODS,
          'access-control-allow-methods': MCP_METHODS,
          'access-control-allow-headers':
            'content-type, accept, authorization, mcp-protocol-version, mcp-session-id, last-event-id',
          'access-control-max-age': '86400',
        },
      });
    }
    if (request.method !== 'POST') {
      return jsonRpcError(
        405,
        -32000,
        'Method not allowed: this MCP server is stateless; send each JSON-RPC message in a POST (no GET stream, no session to DELETE).',
        { allow: MCP_METHODS, ...cors },
      );
    }
    const server = createMcpServer(deps, version);
    const transport = new WebStandardStreamableHTTPServerTransport({
      enableJsonResponse: true,
      maxRequestBodySize: MAX_MCP_BODY_BYTES,
    });
    try {
      await server.connect(transport);
      const response = await transport.handleRequest(request);
      response.headers.set('cache-control', 'no-store');
      for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
      return response;
    } finally {
      await server.close();
    }
  };
}
