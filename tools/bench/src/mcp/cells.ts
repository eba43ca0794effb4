import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The requests the MCP latency run sends: each MCP tool call beside the REST route that answers the same question.
// A REST route is measured twice: as served (a repeated GET is replayed from the Worker's replay cache without
// running the app) and through the app (`If-Match: *` is never replayed, so the app runs and its representation
// cache answers). A tool call is one POST, as a connected client sends it (initialize is once per connection).

export type Request = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
};
export type Pair = { question: string; tool: string; rest: string | null; mcp: Request };

export const MCP_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
  'mcp-protocol-version': '2025-06-18',
};

/** One JSON-RPC POST to /mcp. */
export function mcpRequest(method: string, params?: unknown): Request {
  return {
    method: 'POST',
    path: '/mcp',
    headers: MCP_HEADERS,
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, ...(params === undefined ? {} : { params }) }),
  };
}

export function toolCall(name: string, args: Record<string, unknown>): Request {
  return mcpRequest('tools/call', { name, arguments: args });
}

/** The GET of a REST route, as served (`replayed`) or through the app. */
export function restRequest(path: string, through: 'replayed' | 'app'): Request {
  return { method: 'GET', path, headers: through === 'app' ? { 'if-match': '*' } : {} };
}

const require = createRequire(import.meta.url);

/** A seed document of the data package, for audit_document. */
export function seedText(file: string): string {
  return readFileSync(join(dirname(require.resolve('@tally/data/package.json')), 'sources', file), 'utf8');
}

/** The pairs measured, for one contest, one race and a date within the race. */
export function pairs(
  contestId: string,
  raceId: string,
  through: string,
  seed: { file: string; text: string },
): Pair[] {
  return [
    {
      question: 'a contest',
      tool: 'get_contest',
      rest: `/v1/contests/${contestId}`,
      mcp: toolCall('get_contest', { id: contestId }),
    },
    {
      question: 'a race',
      tool: 'get_race',
      rest: `/v1/races/${raceId}`,
      mcp: toolCall('get_race', { id: raceId }),
    },
    {
      question: 'standings on a date',
      tool: 'get_standings',
      rest: `/v1/tally?race=${raceId}&to=${through}`,
      mcp: toolCall('get_standings', { raceId, through }),
    },
    {
      question: 'a search',
      tool: 'search',
      rest: '/v1/search?q=kerry',
      mcp: toolCall('search', { query: 'kerry' }),
    },
    { question: 'the tool list', tool: 'tools/list', rest: null, mcp: mcpRequest('tools/list') },
    {
      question: `an audit of ${seed.file}`,
      tool: 'audit_document',
      rest: null,
      mcp: toolCall('audit_document', { text: seed.text, file: seed.file }),
    },
  ];
}
