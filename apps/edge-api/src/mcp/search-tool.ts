import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Deps } from '../api/deps.js';
import { DEFAULT_SEARCH_LIMIT } from '../api/params.js';
import { searchResult } from '../api/resources.js';
import { READ_ONLY } from './annotations.js';
import { creditsOf, metaWith, toolAnswer } from './answers.js';
import { SearchAnswer, SearchArguments } from './schemas.js';
import type { ListedTool } from './tool-list.js';

/** `search`: what `GET /v1/search` answers, contests and candidates whose names start with the query. */
export function registerSearchTool(server: McpServer, { store, meta }: Deps): ListedTool {
  return [
    'search',
    server.registerTool(
      'search',
      {
        title: 'Search contests and candidates',
        description:
          'Find contests (by title, state name or USPS code, year, id) and candidates (by any spelling of their ' +
          'name, or id) whose names start with the query, term by term, ignoring case, accents and punctuation: ' +
          '"kerry", "N. Dakota", "nd 2004". Gives the ids the other tools take, each contest with its race, date, ' +
          'totals and winner, each candidate with their totals per race (never added across races), and, when the ' +
          'terms name both a contest and a candidate ("michigan kerry"), the candidate\'s result there.',
        inputSchema: SearchArguments,
        outputSchema: SearchAnswer,
        annotations: READ_ONLY,
      },
      async ({ query, limit }) => {
        const hits = await store.search(query, limit ?? DEFAULT_SEARCH_LIMIT);
        const data = searchResult(hits);
        return toolAnswer({
          data,
          meta: metaWith(
            meta,
            // Every contest whose figures the answer shows: those found, and those of each result found.
            await creditsOf(store, [
              ...new Set([...data.contests, ...data.results.map((r) => r.contest)].map((c) => c.id)),
            ]),
          ),
        });
      },
    ),
  ];
}
