import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { modelDelegates } from '@tally/core';
import type { Deps } from '../api/deps.js';
import { contestDetail, contestItem } from '../api/resources.js';
import { READ_ONLY } from './annotations.js';
import { contestCredits, metaWith, toolAnswer, toolError } from './answers.js';
import { ContestAnswer, ContestArguments, DelegateModelAnswer, DelegateModelArguments } from './schemas.js';
import type { ListedTool } from './tool-list.js';

function noContest(id: string) {
  return toolError({
    code: 'not-found',
    message: `No contest has the id "${id}"; the search tool finds contest ids by state, year or title.`,
  });
}

/** What `get_contest` and the contest resource answer: the REST contest's `data` and the credits; null for no contest. */
export async function contestAnswer({ store, meta }: Deps, id: string) {
  const record = await store.getContest(id);
  if (!record) return null;
  return { data: contestDetail(record), meta: metaWith(meta, contestCredits(record.contest)) };
}

/** `get_contest`: what `GET /v1/contests/{id}` answers, the contest in full with its findings and provenance. */
export function registerContestTool(server: McpServer, deps: Deps): ListedTool {
  return [
    'get_contest',
    server.registerTool(
      'get_contest',
      {
        title: 'Get a contest',
        description:
          'One contest in full: every row of its results table (rank, votes, stated percent, computed share, ' +
          'delegates, the cells as written and the source line of each), the Total row, the outcome and winner ' +
          '(null unless decided), the statewide delegate model, every audit finding with the lines it compares, ' +
          'and the provenance: the source document, the Wikipedia article and the credit to show with any figure.',
        inputSchema: ContestArguments,
        outputSchema: ContestAnswer,
        annotations: READ_ONLY,
      },
      async ({ id }) => {
        const answer = await contestAnswer(deps, id);
        return answer ? toolAnswer(answer) : noContest(id);
      },
    ),
  ];
}

/** `get_delegate_model`: a contest's statewide what-if allocation, as the contest's resource has it or with other rules. */
export function registerDelegateModelTool(server: McpServer, { store, meta }: Deps): ListedTool {
  return [
    'get_delegate_model',
    server.registerTool(
      'get_delegate_model',
      {
        title: 'Model a contest’s delegates',
        description:
          'A statewide what-if allocation of a contest’s delegates from its votes (a model, not the real ' +
          'district-and-pool allocation), beside the delegates each candidate was awarded and the delegates at ' +
          'stake with their source line. By default a 15% threshold and largest remainders, as `get_contest` ' +
          'gives it; `threshold` and `method` try other rules. Null when the contest states no seats or no votes.',
        inputSchema: DelegateModelArguments,
        outputSchema: DelegateModelAnswer,
        annotations: READ_ONLY,
      },
      async ({ contestId, threshold, method }) => {
        const record = await store.getContest(contestId);
        if (!record) return noContest(contestId);
        const custom = threshold !== undefined || method !== undefined;
        const detail = contestDetail(
          custom
            ? { ...record, delegateModel: modelDelegates(record.contest, { threshold, method }) }
            : record,
        );
        const data = {
          contest: contestItem(record.summary),
          delegatesAtStake: detail.delegatesAtStake,
          delegateModel: detail.delegateModel,
          provenance: detail.provenance,
        };
        return toolAnswer({ data, meta: metaWith(meta, contestCredits(record.contest)) });
      },
    ),
  ];
}
