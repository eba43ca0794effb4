import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import type { Deps } from '../api/deps.js';
import { registerAuditTool } from './audit-tool.js';
import { registerContestTool, registerDelegateModelTool } from './contest-tools.js';
import { MAX_TOOL_INPUT_ELEMENTS } from './limits.js';
import { registerPrompts } from './prompts.js';
import { registerCompareTool, registerRaceTool, registerStandingsTool } from './race-tools.js';
import { registerResources } from './resources.js';
import { registerSearchTool } from './search-tool.js';
import { listToolsOnce } from './tool-list.js';

const INSTRUCTIONS = [
  'Tally serves audited results of US presidential nominating contests (caucuses and primaries) parsed from',
  'Wikipedia articles, grouped in races (one party’s nomination in one year, as 2004-democratic).',
  'Start with search to find contest, race and candidate ids; get_contest gives a contest with every row’s',
  'source line and its audit findings; get_race and get_standings give a race’s standings and running',
  'delegate totals by date; compare_candidates puts two candidates side by side; get_delegate_model models',
  'a contest’s delegates; audit_document audits an article’s text you pass (nothing is fetched or kept).',
  'Every answer is read-only and carries meta.credits: show them with the figures (CC BY-SA 4.0).',
].join(' ');

/**
 * The MCP server over the API's store: its tools, resources and prompts. One per request: the endpoint is
 * stateless, and a server holds one connection at a time.
 */
export type McpServerOptions = {
  /** Answer tools/list from a list made once (default); false leaves it to the SDK, for the test that compares them. */
  listToolsOnce?: boolean;
};

export function createMcpServer(deps: Deps, version: string, options: McpServerOptions = {}): McpServer {
  const server = new McpServer(
    {
      name: 'tally',
      title: 'Tally',
      version,
      description:
        'Audited US presidential nominating contest results, races and delegates, and an article audit.',
    },
    {
      instructions: INSTRUCTIONS,
      // Ajv compiles schemas with `new Function`, which Workers forbid; @cfworker/json-schema interprets them.
      jsonSchemaValidator: new CfWorkerJsonSchemaValidator(),
      maxToolInputElements: MAX_TOOL_INPUT_ELEMENTS,
    },
  );
  const tools = [
    registerSearchTool(server, deps),
    registerContestTool(server, deps),
    registerRaceTool(server, deps),
    registerStandingsTool(server, deps),
    registerCompareTool(server, deps),
    registerDelegateModelTool(server, deps),
    registerAuditTool(server),
  ];
  if (options.listToolsOnce ?? true) listToolsOnce(server, tools);
  registerResources(server, deps);
  registerPrompts(server, deps);
  return server;
}
