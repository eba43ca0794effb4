import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { contests, races } from '@tally/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMcpDescription } from '../scripts/mcp-description.ts';
import { loadWorker, type WorkerModule, workerFetch } from '../scripts/worker-bundle.ts';
import { startWorkerServer, type WorkerServer } from '../scripts/worker-server.ts';
import { standingsThrough } from './mcp-client.ts';

// The MCP page's example against the edge API's built Worker on loopback, checked against the REST API.
const run = promisify(execFile);
const race = races[0];
const dates = [
  ...new Set(contests.filter((c) => c.raceId === race?.id).flatMap((c) => (c.date ? [c.date] : []))),
].sort();

let worker: WorkerModule;
let server: WorkerServer;
beforeAll(async () => {
  if (race === undefined || dates.length === 0) throw new Error('@tally/data has no dated race');
  worker = await loadWorker();
  server = await startWorkerServer(worker);
});
afterAll(() => server?.close());

describe('examples/mcp-client.ts', () => {
  it.each(dates)('gives the standings through %s that GET /v1/tally?race=…&to=… gives', async (through) => {
    const { tools, answer } = await standingsThrough(race?.id ?? '', through, server.url);
    expect(tools).toContain('get_standings');
    const rest = (await (
      await workerFetch(worker)(`http://localhost/v1/tally?race=${race?.id}&to=${through}`)
    ).json()) as {
      data: { races: unknown[] };
    };
    expect(answer.data).toEqual({ ...(rest.data.races[0] as object), through });
    expect(answer.meta.credits.length).toBe(answer.data.contestCount);
  });

  it('prints the tools, the standings and the credits when run with Node', async () => {
    const through = dates.at(-1) ?? '';
    const { stdout } = await run(
      process.execPath,
      [fileURLToPath(new URL('./mcp-client.ts', import.meta.url)), race?.id ?? '', through],
      {
        env: { ...process.env, TALLY_API: server.url },
      },
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^tools: .*get_standings/);
    const counted = contests.filter(
      (c) => c.raceId === race?.id && c.date !== null && c.date <= through,
    ).length;
    expect(lines[1]).toBe(`${race?.id} through ${through} (${counted} contests):`);
    expect(lines[2]).toMatch(
      new RegExp(`^  1\\. ${race?.candidates[0]?.candidate}: ${race?.candidates[0]?.delegates} delegates`),
    );
    // The credit of one of the contests counted: its sources' (an article's, an OpenElections file's), as the data has them.
    const held = contests.filter((c) => c.raceId === race?.id && c.date !== null && c.date <= through);
    const credits = held.flatMap((c) => (c.sources ?? []).map((source) => source.credit.text));
    expect(credits.some((credit) => lines.at(-1)?.includes(credit))).toBe(true);
  });
});

describe('the MCP page’s description', () => {
  it('lists every tool with an input and an output schema, and the resource templates and prompts', async () => {
    const description = await readMcpDescription(workerFetch(worker));
    expect(description.server.name).toBe('tally');
    expect(description.tools.length).toBeGreaterThan(0);
    for (const tool of description.tools) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
    expect(description.resourceTemplates.map((t) => t.uriTemplate)).toEqual([
      'tally://contests/{id}',
      'tally://races/{id}',
    ]);
    expect(description.prompts.length).toBeGreaterThan(0);
  });
});
