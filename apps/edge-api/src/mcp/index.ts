import type { Context } from 'hono';
import type { Deps } from '../api/deps.js';

/**
 * `/mcp`, the Model Context Protocol endpoint, mounted by app.ts. Its modules (the MCP SDK and the schemas of
 * its messages) load on its first request, so the REST routes' first answer does not wait for them.
 */
export function mcpRoute(deps: Deps, version: string) {
  let endpoint: Promise<(c: Context) => Promise<Response>> | undefined;
  return async (c: Context): Promise<Response> => {
    endpoint ??= import('./endpoint.js').then((module) => module.mcpEndpoint(deps, version));
    endpoint.catch(() => {
      endpoint = undefined;
    });
    return (await endpoint)(c);
  };
}
