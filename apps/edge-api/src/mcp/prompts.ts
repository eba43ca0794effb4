import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Deps } from '../api/deps.js';
import { ContestIdParams, RaceIdParams } from '../api/params.js';
import { contestAnswer } from './contest-tools.js';
import { raceAnswer } from './race-tools.js';
import { contestUri, JSON_MIME, raceUri } from './resources.js';

const CREDIT =
  'End with the credit lines of `meta.credits` as they are: the figures are Wikipedia’s (CC BY-SA 4.0).';

/** Prompts that hand an assistant one race or contest as a resource, with what to say and what to warn about. */
export function registerPrompts(server: McpServer, deps: Deps): void {
  server.registerPrompt(
    'summarise_race',
    {
      title: 'Summarise a race with its caveats',
      description:
        'A summary of one race: who leads on delegates, how the lead grew, and what to be wary of.',
      argsSchema: { raceId: RaceIdParams.shape.id },
    },
    async ({ raceId }) => {
      const answer = await raceAnswer(deps, raceId);
      if (!answer) throw new McpError(ErrorCode.InvalidParams, `No race has the id "${raceId}".`);
      const text = [
        `Summarise the race ${answer.data.name} from the resource above, in a few short paragraphs:`,
        'who leads on delegates and by how many, how the lead grew contest date by contest date (`series`: each',
        'point lists only the candidates whose totals changed), and who won each contest.',
        'Give the caveats: delegates are as each article states them, and the number needed to win is cited',
        '(quote its source) or unknown; votes count different things in different contests (`voteUnit`: caucus',
        'tables may count state delegate equivalents), so never add votes across contests of different units;',
        'name any contest whose `outcome` is `undetermined` or `tied`, and any with audit findings of severity',
        'error or warning (`findingCounts`; get_contest lists them with their lines); the race covers only the',
        `contests listed (${answer.data.contestCount}), not every state's. ${CREDIT}`,
      ].join(' ');
      return {
        description: `A summary of ${answer.data.name}, with its caveats.`,
        messages: [
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: { uri: raceUri(raceId), mimeType: JSON_MIME, text: JSON.stringify(answer) },
            },
          },
          { role: 'user', content: { type: 'text', text } },
        ],
      };
    },
  );

  server.registerPrompt(
    'explain_contest_audit',
    {
      title: 'Explain a contest’s audit findings',
      description: 'What each audit finding of one contest means for its figures, line by line.',
      argsSchema: { contestId: ContestIdParams.shape.id },
    },
    async ({ contestId }) => {
      const answer = await contestAnswer(deps, contestId);
      if (!answer) throw new McpError(ErrorCode.InvalidParams, `No contest has the id "${contestId}".`);
      const text = [
        `Explain the audit of ${answer.data.title} from the resource above. For each finding (\`findings\`),`,
        'say in plain words which statements of the article disagree or what is missing, quote the source',
        'lines it names (`lines`, and each row’s `line`), and whether it changes who won or the delegates.',
        'Say which figures can be relied on as stated, and that the delegate model is a statewide what-if, not',
        `the real allocation. ${CREDIT}`,
      ].join(' ');
      return {
        description: `The audit findings of ${answer.data.title}, explained.`,
        messages: [
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: { uri: contestUri(contestId), mimeType: JSON_MIME, text: JSON.stringify(answer) },
            },
          },
          { role: 'user', content: { type: 'text', text } },
        ],
      };
    },
  );
}
