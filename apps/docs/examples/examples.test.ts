import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Contest, tallyContest } from '@tally/core';
import { candidates, contests } from '@tally/data';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadWorker, type WorkerModule, workerFetch } from '../scripts/worker-bundle.ts';
import { startWorkerServer, type WorkerServer } from '../scripts/worker-server.ts';
import { fetchContest } from './fetch-contest.ts';
import { readContest } from './parse-document.ts';
import { candidateResults, tallyClient } from './typed-client.ts';

// Every example on the Getting started page runs here against the edge API's built Worker, in this process.
const run = promisify(execFile);
const example = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));
/** Runs an example as a reader would, with Node, against the Worker on loopback; its output as lines. */
async function runExample(file: string, args: string[] = []): Promise<string[]> {
  const { stdout } = await run(process.execPath, [example(file), ...args], {
    env: { ...process.env, TALLY_API: server.url },
  });
  return stdout.trimEnd().split('\n');
}
const id = '2004-nd-democratic-caucus';
const expected = contests.find((contest) => contest.id === id);
const dataRoot = fileURLToPath(new URL('../node_modules/@tally/data/', import.meta.url));

let worker: WorkerModule;
let server: WorkerServer;

beforeAll(async () => {
  if (expected === undefined) throw new Error(`@tally/data has no contest ${id}, which the examples look up`);
  worker = await loadWorker();
  server = await startWorkerServer(worker);
});
afterAll(() => server?.close());
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('examples/curl.sh', () => {
  it('prints the contest, its CSV and a 304 for the conditional request', async () => {
    const { stdout } = await run('bash', [example('curl.sh')], {
      env: { ...process.env, TALLY_API: server.url },
    });
    const [json = '', ...rest] = stdout.split('\n');
    expect(JSON.parse(json).contest.id).toBe(id);
    expect(rest[0]).toMatch(/^candidate,/);
    expect(rest.filter((line) => line !== '').at(-1)).toBe('304');
  });
});

describe('examples/fetch-contest.ts', () => {
  it('gets the contest with its tally and credit', async () => {
    vi.stubGlobal('fetch', workerFetch(worker));
    const detail = await fetchContest(id, 'http://tally.test');
    expect(detail.contest.results).toEqual(expected?.results);
    expect(detail.tally.winner).toEqual(expected && tallyContest(expected).winner);
    expect(detail.provenance.credit).toContain(expected?.title);
  });

  it('turns the problem details of an unknown id into an error', async () => {
    vi.stubGlobal('fetch', workerFetch(worker));
    await expect(fetchContest('2004-zz-nobody-caucus', 'http://tally.test')).rejects.toThrow(
      /^404 Not found: /,
    );
  });

  it('prints the winner and every row when run with node', async () => {
    const lines = await runExample('fetch-contest.ts', [id]);
    const contest = expected as Contest;
    expect(lines.slice(0, -1)).toEqual([
      `${contest.title} (${contest.date}): won by ${tallyContest(contest).winner?.candidate}`,
      ...contest.results.map((row) => `  ${row.candidate}: ${row.votes} votes, ${row.percent}%`),
    ]);
    expect(lines.at(-1)).toContain(contest.title);
  });
});

describe('examples/parse-document.ts', () => {
  it('parses and audits a source document into the contest the data package ships', async () => {
    const contest = await readContest(`${dataRoot}${expected?.source.file}`);
    expect(contest.id).toBe(id);
    expect(contest.results).toEqual(expected?.results);
    expect(contest.findings).toEqual(expected?.findings);
  });

  it('prints the rows, the winner and every finding when run with node', async () => {
    const contest = expected as Contest;
    const { winner, margin } = tallyContest(contest);
    const lines = await runExample('parse-document.ts', [`${dataRoot}${contest.source.file}`]);
    expect(lines).toEqual([
      `${id} (${contest.date}): ${contest.results.length} rows`,
      `winner: ${winner?.candidate}, by ${margin?.points.toFixed(2)} points`,
      ...contest.findings.map(
        (finding) =>
          `${finding.severity} ${finding.code} (lines ${finding.lines.join(', ')}): ${finding.message}`,
      ),
    ]);
  });
});

describe('examples/typed-client.ts', () => {
  it("lists a candidate's contests through the typed client", async () => {
    const candidate = candidates.find((entry) => entry.kind === 'candidate');
    if (candidate === undefined) throw new Error('@tally/data has no candidates');
    const client = tallyClient('http://tally.test', { fetch: workerFetch(worker) });
    const results = await candidateResults(client, candidate.candidateId);
    expect(results).toEqual(
      candidate.contests.map(({ contestId, date, votes, delegates, won }) => ({
        contestId,
        date,
        votes,
        delegates,
        won,
      })),
    );
  });

  it("prints the candidate's contests when run with node", async () => {
    const candidate = candidates.find((entry) => entry.candidateId === 'john-kerry');
    if (candidate === undefined) throw new Error('@tally/data has no john-kerry, whom the example looks up');
    expect(await runExample('typed-client.ts', ['john-kerry'])).toEqual(
      candidate.contests.map(
        ({ contestId, date, votes, delegates, won }) =>
          `${date} ${contestId}: ${votes} votes, ${delegates} delegates${won ? ', won' : ''}`,
      ),
    );
  });

  it('reports an unknown candidate by its status', async () => {
    const client = tallyClient('http://tally.test', { fetch: workerFetch(worker) });
    await expect(candidateResults(client, 'nobody-at-all')).rejects.toThrow(
      'GET /v1/candidates/nobody-at-all: 404',
    );
  });
});
