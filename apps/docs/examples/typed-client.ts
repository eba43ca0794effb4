// Call the API through hono/client: its routes, parameters and responses are typed from the Worker's app.
// In a workspace package, depend on @tally/edge-api (for the type only) and hono.
// Run with the API up (npm start), on Node 24: node apps/docs/examples/typed-client.ts [candidate-id]
import type { AppType } from '@tally/edge-api';
import { type ClientRequestOptions, hc } from 'hono/client';

export function tallyClient(api = 'http://127.0.0.1:8787', options?: ClientRequestOptions) {
  return hc<AppType>(api, options);
}

/** A candidate's result in every contest they entered, race by race, by date. */
export async function candidateResults(client: ReturnType<typeof tallyClient>, id: string) {
  const response = await client.v1.candidates[':id'].$get({ param: { id } });
  if (response.status !== 200) throw new Error(`GET /v1/candidates/${id}: ${response.status}`);
  const { data } = await response.json();
  return data.races.flatMap(({ raceId, contests }) =>
    contests.map(({ contestId, date, votes, delegates, won }) => ({
      raceId,
      contestId,
      date,
      votes,
      delegates,
      won,
    })),
  );
}

if (import.meta.main) {
  const client = tallyClient(process.env.TALLY_API);
  const id = process.argv[2] ?? 'john-kerry';
  for (const { raceId, contestId, date, votes, delegates, won } of await candidateResults(client, id)) {
    console.log(
      `${raceId} ${date} ${contestId}: ${votes} votes, ${delegates} delegates${won ? ', won' : ''}`,
    );
  }
}
