import type { McpTool } from '../../scripts/mcp-description.ts';
import { describeType } from './json-schemas.js';

// The MCP page's view of the tools the Worker's /mcp lists (scripts/mcp-tools.ts writes them to
// src/generated/mcp.json before the build), so the page cannot drift from the code.

export type McpArgument = { name: string; type: string; required: boolean; description: string };

/** A tool's arguments as rows: name, a short type, whether required, and the schema's description. */
export function toolArguments(tool: McpTool): McpArgument[] {
  const required = new Set(tool.inputSchema.required ?? []);
  return Object.entries(tool.inputSchema.properties ?? {}).map(([name, schema]) => ({
    name,
    type: describeType(schema),
    required: required.has(name),
    description: schema.description ?? '',
  }));
}
