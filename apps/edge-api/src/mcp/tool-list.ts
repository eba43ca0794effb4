import type { McpServer, RegisteredTool } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ListToolsRequestSchema, type ListToolsResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

/** A tool as registered on a server, with its name. */
export type ListedTool = readonly [name: string, tool: RegisteredTool];

function jsonSchema(schema: unknown, io: 'input' | 'output'): Tool['inputSchema'] {
  return z.toJSONSchema(schema as z.ZodType, { target: 'draft-7', io }) as Tool['inputSchema'];
}

/**
 * What `tools/list` answers for these tools, written as the SDK writes it (zod's JSON Schema of each input, read
 * as input, and of each output, read as output, for draft 7), which a test holds it to.
 */
export function toolList(tools: readonly ListedTool[]): ListToolsResult {
  return {
    tools: tools.map(([name, tool]) => ({
      name,
      title: tool.title,
      description: tool.description,
      inputSchema: jsonSchema(tool.inputSchema, 'input'),
      ...(tool.outputSchema ? { outputSchema: jsonSchema(tool.outputSchema, 'output') } : {}),
      annotations: tool.annotations,
      execution: tool.execution,
      _meta: tool._meta,
    })),
  };
}

const lists = new Map<string, ListToolsResult>();

/**
 * Answers `tools/list` from a list made once per Worker instance: the tools never change while it runs, and the
 * SDK converts every schema again on each request (19 ms a list on the bench's machine, the answers' schemas
 * being the REST API's largest).
 */
export function listToolsOnce(server: McpServer, tools: readonly ListedTool[]): void {
  const key = tools.map(([name]) => name).join('\n');
  server.server.setRequestHandler(ListToolsRequestSchema, () => {
    let list = lists.get(key);
    if (!list) {
      list = toolList(tools);
      lists.set(key, list);
    }
    return list;
  });
}
