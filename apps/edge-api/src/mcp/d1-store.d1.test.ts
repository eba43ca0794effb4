import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import worker from '../d1-worker.js';
import { createMemoryStore, type DataPackage } from '../store/memory-store.js';
import { buildCorpus } from '../testing/d1-corpus.js';
import { loadD1 } from '../testing/d1-load.js';

// `/mcp` on the D1 Worker (src/d1-worker.ts): the same tools over the store that reads D1, answering as the
// bundled API's app does over the same data in memory.

let data: DataPackage;
let overD1: Client;
let inMemory: Client;

async function connect(fetch: (request: Request) => Promise<Response>): Promise<Client> {
  const client = new Client(
    { name: 'd1-test', version: '1' },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  await client.connect(
    new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
      fetch: (input, init) => fetch(new Request(input, init)),
    }),
  );
  return client;
}

beforeAll(async () => {
  data = await buildCorpus(40);
  await loadD1(env.DB, data);
  const reference = createApp(createMemoryStore(data));
  overD1 = await connect((request) => worker.fetch(request, env, createExecutionContext()));
  inMemory = await connect(async (request) => reference.fetch(request));
}, 120_000);
afterAll(async () => {
  await overD1?.close();
  await inMemory?.close();
});

describe('/mcp over D1', () => {
  it('answers every tool as the in-memory store does, for contests, races and candidates of the corpus', async () => {
    const contest = data.contests.at(-1);
    const race = data.races.find((r) => r.candidates.length >= 2);
    if (!contest || !race) throw new Error('the corpus has no contest or no race of two candidates');
    const calls: [string, Record<string, unknown>][] = [
      ['search', { query: contest.state }],
      ['get_contest', { id: contest.id }],
      ['get_delegate_model', { contestId: contest.id, threshold: 0.2 }],
      ['get_race', { id: race.id }],
      ['get_standings', { raceId: race.id }],
      [
        'compare_candidates',
        { raceId: race.id, candidates: race.candidates.slice(0, 2).map((c) => c.candidateId) },
      ],
      ['get_contest', { id: '2099-zz-democratic-caucus' }],
    ];
    for (const [name, args] of calls) {
      const [d1, memory] = await Promise.all([
        overD1.callTool({ name, arguments: args }),
        inMemory.callTool({ name, arguments: args }),
      ]);
      expect(d1, `${name} ${JSON.stringify(args)}`).toEqual(memory);
    }
  });

  it('reads the same resources', async () => {
    const contest = data.contests[0];
    const uri = `tally://contests/${contest?.id}`;
    expect(await overD1.readResource({ uri })).toEqual(await inMemory.readResource({ uri }));
  });
});
