import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';
import type { Deps } from '../api/deps.js';
import { candidateDetail, raceDetail, raceTally } from '../api/resources.js';
import type { CandidateRef } from '../api/schemas.js';
import { READ_ONLY } from './annotations.js';
import { articleCredit, metaWith, toolAnswer, toolError } from './answers.js';
import {
  type CompareAnswer,
  CompareAnswer as CompareAnswerSchema,
  CompareArguments,
  RaceAnswer,
  RaceArguments,
  StandingsAnswer,
  StandingsArguments,
} from './schemas.js';
import type { ListedTool } from './tool-list.js';

function noRace(id: string) {
  return toolError({
    code: 'not-found',
    message: `No race has the id "${id}"; a race id is {year}-{party}, as 2004-democratic (search gives contests with their raceId).`,
  });
}

/** What `get_race` and the race resource answer: the REST race's `data` and the credits; null for no race. */
export async function raceAnswer({ store, meta }: Deps, id: string) {
  const record = await store.getRace(id);
  if (!record) return null;
  const data = raceDetail(record.race, record.contests);
  return {
    data,
    meta: metaWith(
      meta,
      data.contests.map((c) => articleCredit(c.title)),
    ),
  };
}

/** `get_race`: what `GET /v1/races/{id}` answers: contests by date, standings and cumulative totals by date. */
export function registerRaceTool(server: McpServer, deps: Deps): ListedTool {
  return [
    'get_race',
    server.registerTool(
      'get_race',
      {
        title: 'Get a race',
        description:
          'A race (one party’s nomination in one year, `2004-democratic`): its contests by date, the standings ' +
          '(votes, delegates, contests entered and won, delegates still needed where the number to win is cited) ' +
          'and `series`, the running totals after each contest date (each point lists only the candidates whose ' +
          'totals changed: carry the others forward). Figures are the race’s own, never added across races.',
        inputSchema: RaceArguments,
        outputSchema: RaceAnswer,
        annotations: READ_ONLY,
      },
      async ({ id }) => {
        const answer = await raceAnswer(deps, id);
        return answer ? toolAnswer(answer) : noRace(id);
      },
    ),
  ];
}

/** `get_standings`: a race's standings over its contests held up to a date, as `GET /v1/tally?race=…&to=…`. */
export function registerStandingsTool(server: McpServer, { store, meta }: Deps): ListedTool {
  return [
    'get_standings',
    server.registerTool(
      'get_standings',
      {
        title: 'Race standings on a date',
        description:
          'The standings of a race counting only its contests held on or before `through` (all of them without ' +
          'it): each candidate’s rank, votes, delegates, delegates still needed and contests won, and the running ' +
          'totals by date up to then. Answers "how many delegates did Kerry have by March 1, 2004?".',
        inputSchema: StandingsArguments,
        outputSchema: StandingsAnswer,
        annotations: READ_ONLY,
      },
      async ({ raceId, through }) => {
        const record = await store.getRace(raceId);
        if (!record) return noRace(raceId);
        const [race] = (await store.tally({ race: raceId, to: through })).filter((r) => r.id === raceId);
        if (!race) {
          return toolError({
            code: 'no-contests',
            message: `No contest of ${raceId} is dated on or before ${through}; its first is on ${record.race.firstDate ?? 'an unknown date'}.`,
          });
        }
        const counted = new Set(race.contestIds);
        const credits = record.contests.filter((c) => counted.has(c.id)).map((c) => articleCredit(c.title));
        return toolAnswer({
          data: { ...raceTally(race), through: through ?? null },
          meta: metaWith(meta, credits),
        });
      },
    ),
  ];
}

type Compared = z.infer<typeof CompareAnswer>['data'];

/** Who had more votes in one contest, or null when they tied or a figure is missing. */
function ahead(
  refs: readonly [z.infer<typeof CandidateRef>, z.infer<typeof CandidateRef>],
  votes: readonly [number | null, number | null],
) {
  const [a, b] = votes;
  if (a === null || b === null || a === b) return null;
  return a > b ? refs[0] : refs[1];
}

/** `compare_candidates`: two candidates of one race side by side, in total and contest by contest. */
export function registerCompareTool(server: McpServer, { store, meta }: Deps): ListedTool {
  return [
    'compare_candidates',
    server.registerTool(
      'compare_candidates',
      {
        title: 'Compare two candidates in a race',
        description:
          'Two candidates of one race side by side: each one’s standing (rank, votes, delegates, contests won) ' +
          'and result in every contest they ran in, the difference of their totals, and head to head each ' +
          'contest both ran in with who had more votes. Votes are each contest’s counted unit as stated (caucus ' +
          'tables may count state delegate equivalents), so compare votes within a contest, delegates across them.',
        inputSchema: CompareArguments,
        outputSchema: CompareAnswerSchema,
        annotations: READ_ONLY,
      },
      async ({ raceId, candidates }) => {
        const record = await store.getRace(raceId);
        if (!record) return noRace(raceId);
        const race = raceDetail(record.race, record.contests);
        const sides: Compared['candidates'] = [];
        for (const id of candidates) {
          const standing = race.standings.find((s) => s.candidate.id === id);
          const candidate = await store.getCandidate(id);
          if (!standing || !candidate) {
            return toolError({
              code: 'not-in-race',
              message: `No candidate "${id}" has a result in ${raceId}; get_race lists the race's candidates by id.`,
            });
          }
          const results = candidateDetail(candidate).races.find((r) => r.raceId === raceId);
          sides.push({ candidate: standing.candidate, standing, contests: results?.contests ?? [] });
        }
        const [first, second] = sides as [Compared['candidates'][0], Compared['candidates'][0]];
        const refs = [first.candidate, second.candidate] as const;
        const byContest = sides.map((side) => new Map(side.contests.map((c) => [c.contestId, c])));
        const headToHead: Compared['headToHead'] = [];
        for (const contest of race.contests) {
          const a = byContest[0]?.get(contest.id);
          const b = byContest[1]?.get(contest.id);
          if (!a || !b) continue;
          const votes = [a.votes, b.votes] as const;
          headToHead.push({
            contestId: contest.id,
            date: contest.date,
            stateCode: contest.stateCode,
            ahead: ahead(refs, votes),
            votes: [a.votes, b.votes],
            delegates: [a.delegates, b.delegates],
          });
        }
        const data: Compared = {
          raceId,
          candidates: sides,
          difference: {
            votes: first.standing.votes - second.standing.votes,
            delegates: first.standing.delegates - second.standing.delegates,
            contestsWon: first.standing.contestsWon - second.standing.contestsWon,
          },
          headToHead,
        };
        const entered = new Set(sides.flatMap((side) => side.contests.map((c) => c.contestId)));
        const credits = race.contests.filter((c) => entered.has(c.id)).map((c) => articleCredit(c.title));
        return toolAnswer({ data, meta: metaWith(meta, credits) });
      },
    ),
  ];
}
