// What the Worker's /mcp says of itself: its tools with their JSON Schemas, its resource templates and its
// prompts, asked over JSON-RPC as any MCP client asks.

/** A JSON Schema, as far as the page reads one. */
export type JsonSchema = {
  type?: string | string[];
  description?: string;
  $ref?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export type McpTool = {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: Record<string, unknown>;
};

export type McpDescription = {
  server: { name: string; title?: string; version: string; protocolVersion: string; instructions?: string };
  tools: McpTool[];
  resourceTemplates: { name: string; uriTemplate: string; title?: string; description?: string }[];
  prompts: {
    name: string;
    title?: string;
    description?: string;
    arguments?: { name: string; required?: boolean }[];
  }[];
};

const PROTOCOL_VERSION = '2025-06-18';

/** Asks an MCP endpoint (a fetch that reaches `/mcp`) to describe itself, one JSON-RPC POST per question. */
export async function readMcpDescription(
  fetch: (input: string, init: RequestInit) => Promise<Response>,
  url = 'http://localhost/mcp',
): Promise<McpDescription> {
  let id = 0;
  const ask = async <T>(method: string, params?: unknown): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': PROTOCOL_VERSION,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, ...(params ? { params } : {}) }),
    });
    const body = (await response.json()) as { result?: T; error?: { message: string } };
    if (!response.ok || body.result === undefined) {
      throw new Error(`${method} answered ${response.status}: ${body.error?.message ?? 'no result'}`);
    }
    return body.result;
  };
  const init = await ask<{
    protocolVersion: string;
    serverInfo: { name: string; title?: string; version: string };
    instructions?: string;
  }>('initialize', {
    protocolVersion: PROTOCOL_VERSION,
    capabilities: {},
    clientInfo: { name: 'tally-docs', version: '1' },
  });
  const { tools } = await ask<{ tools: McpTool[] }>('tools/list');
  const { resourceTemplates } = await ask<{ resourceTemplates: McpDescription['resourceTemplates'] }>(
    'resources/templates/list',
  );
  const { prompts } = await ask<{ prompts: McpDescription['prompts'] }>('prompts/list');
  return {
    server: { ...init.serverInfo, protocolVersion: init.protocolVersion, instructions: init.instructions },
    tools,
    resourceTemplates,
    prompts,
  };
}
