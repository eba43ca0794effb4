import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Contest, resultsCsvHeader, tallyContest } from '@tally/core';
import { candidates, contests } from '@tally/data';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadWorker, type WorkerModule, workerFetch } from '../scripts/worker-bundle.ts';
import { startWorkerServer, type WorkerServer } from '../scripts/worker-server.ts';
import { fetchContest, outcomeLine } from './fetch-contest.ts';
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
  it('prints the race, the contest, its CSV and a 304 for the conditional request', async () => {
    const { stdout } = await run('bash', [example('curl.sh')], {
      env: { ...process.env, TALLY_API: server.url },
    });
    const [race = '', contest = '', ...rest] = stdout.split('\n');
    expect(JSON.parse(race).data.id).toBe(expected?.raceId);
    expect(JSON.parse(contest).data.id).toBe(id);
    expect(`${rest[0]}\n`).toBe(resultsCsvHeader());
    expect(rest.filter((line) => line !== '').at(-1)).toBe('304');
  });
});

describe('examples/fetch-contest.ts', () => {
  it('gets the contest with its rows, winner and credit', async () => {
    vi.stubGlobal('fetch', workerFetch(worker));
    const { data } = await fetchContest(id, 'http://tally.test');
    expect(
      data.results.map((r) => [r.candidate.id, r.candidate.name, r.votes, r.percent, r.delegates]),
    ).toEqual(expected?.results.map((r) => [r.candidateId, r.candidate, r.votes, r.percent, r.delegates]));
    expect(data.winner?.id).toEqual(expected && tallyContest(expected).winner?.candidateId);
    expect(data.provenance.credit).toContain(expected?.title);
  });

  it('says why a contest has no winner when its figures cannot name one, never the next candidate', () => {
    const undetermined = {
      winner: null,
      outcome: 'undetermined' as const,
      undetermined: { reason: 'a row has no figure' },
    };
    expect(outcomeLine(undetermined as never)).toBe('undetermined: a row has no figure');
    expect(outcomeLine({ winner: null, outcome: 'tied', undetermined: null } as never)).toBe('a tie');
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
      `${contest.title} (${contest.date}, race ${contest.raceId}): won by ${tallyContest(contest).winner?.candidate}`,
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
      `${id} (${contest.date}, race ${contest.raceId}): ${contest.results.length} rows`,
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
      candidate.races.flatMap(({ raceId, contests }) =>
        contests.map(({ contestId, date, votes, delegates, won }) => ({
          raceId,
          contestId,
          date,
          votes,
          delegates,
          won,
        })),
      ),
    );
  });

  it("prints the candidate's contests when run with node", async () => {
    const candidate = candidates.find((entry) => entry.candidateId === 'john-kerry');
    if (candidate === undefined) throw new Error('@tally/data has no john-kerry, whom the example looks up');
    expect(await runExample('typed-client.ts', ['john-kerry'])).toEqual(
      candidate.races.flatMap(({ raceId, contests }) =>
        contests.map(
          ({ contestId, date, votes, delegates, won }) =>
            `${raceId} ${date} ${contestId}: ${votes} votes, ${delegates} delegates${won ? ', won' : ''}`,
        ),
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
