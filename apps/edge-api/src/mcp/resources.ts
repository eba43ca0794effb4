import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Deps } from '../api/deps.js';
import { ContestIdParams, RaceIdParams, SEARCH_PATTERN } from '../api/params.js';
import { contestAnswer } from './contest-tools.js';
import { MAX_COMPLETIONS, MAX_LISTED_RESOURCES } from './limits.js';
import { raceAnswer } from './race-tools.js';

/** JSON-RPC's code for a resource that does not exist (the MCP specification's). */
export const RESOURCE_NOT_FOUND = -32002;
export const JSON_MIME = 'application/json';

export const contestUri = (id: string) => `tally://contests/${id}`;
export const raceUri = (id: string) => `tally://races/${id}`;

const searchable = new RegExp(SEARCH_PATTERN, 'u');

/** The one value of a URI template variable (a `{id}` is never a list). */
function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function notFound(uri: URL, what: string): McpError {
  return new McpError(RESOURCE_NOT_FOUND, `Resource not found: no ${what} has the id in ${uri.href}.`, {
    uri: uri.href,
  });
}

/**
 * Contests and races as resources, `tally://contests/{id}` and `tally://races/{id}`: the same JSON as
 * `get_contest` and `get_race` answer. Lists name the first MAX_LISTED_RESOURCES of each; ids complete.
 */
export function registerResources(server: McpServer, deps: Deps): void {
  const { store } = deps;

  server.registerResource(
    'contest',
    new ResourceTemplate(contestUri('{id}'), {
      list: async () => {
        const page = await store.listContests({}, { offset: 0, limit: MAX_LISTED_RESOURCES });
        return {
          resources: page.items.map((c) => ({
            uri: contestUri(c.id),
            name: c.id,
            title: c.title,
            mimeType: JSON_MIME,
          })),
        };
      },
      complete: {
        id: async (value) => {
          if (value !== '' && (value.length > 100 || !searchable.test(value))) return [];
          if (value === '') {
            const page = await store.listContests({}, { offset: 0, limit: MAX_COMPLETIONS });
            return page.items.map((c) => c.id);
          }
          const hits = await store.search(value, MAX_COMPLETIONS);
          return hits.contests.map((c) => c.id);
        },
      },
    }),
    {
      title: 'A contest',
      description:
        'One contest in full, as the get_contest tool gives it: rows with their source lines, findings, ' +
        'delegate model, provenance and credits.',
      mimeType: JSON_MIME,
    },
    async (uri, variables) => {
      const id = single(variables.id);
      const answer = ContestIdParams.shape.id.safeParse(id).success ? await contestAnswer(deps, id) : null;
      if (!answer) throw notFound(uri, 'contest');
      return { contents: [{ uri: uri.href, mimeType: JSON_MIME, text: JSON.stringify(answer) }] };
    },
  );

  server.registerResource(
    'race',
    new ResourceTemplate(raceUri('{id}'), {
      list: async () => {
        const page = await store.listRaces({}, { offset: 0, limit: MAX_LISTED_RESOURCES });
        return {
          resources: page.items.map((r) => ({
            uri: raceUri(r.id),
            name: r.id,
            title: r.name,
            mimeType: JSON_MIME,
          })),
        };
      },
      complete: {
        id: async (value) => {
          const page = await store.listRaces({}, { offset: 0, limit: MAX_LISTED_RESOURCES });
          return page.items
            .map((r) => r.id)
            .filter((id) => id.startsWith(value))
            .slice(0, MAX_COMPLETIONS);
        },
      },
    }),
    {
      title: 'A race',
      description:
        'One race, as the get_race tool gives it: its contests by date, standings and running totals by date.',
      mimeType: JSON_MIME,
    },
    async (uri, variables) => {
      const id = single(variables.id);
      const answer = RaceIdParams.shape.id.safeParse(id).success ? await raceAnswer(deps, id) : null;
      if (!answer) throw notFound(uri, 'race');
      return { contents: [{ uri: uri.href, mimeType: JSON_MIME, text: JSON.stringify(answer) }] };
    },
  );
}
