import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository } from './copy-repository.ts';

// A newcomer's first hour, as the README tells it: a copy of this repository (as a fresh clone has it, the
// installed dependencies reused by links: offline, nothing installed) gets a document of another year and state in
// packages/data/sources/; the build refuses its error finding and prints the acknowledgement to add; with it added,
// the build ships, and the suite's checks that read the data pass on it, with no other change.
const root = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = '2008-kansas-democratic-caucuses.txt';
const CONTEST = '2008-ks-democratic-caucus';
const REASON = 'The infobox counts one unpledged delegate too many; the party gives 41 in all.';

let copy: string;
/** Inside the repository (git-ignored), so tools that find their packages through the copy's links see one tree. */
const work = join(root, '.work');
const env = {
  ...process.env,
  // The copy is not a git repository: git must not find this one above it.
  GIT_CEILING_DIRECTORIES: work,
  WRANGLER_SEND_METRICS: 'false',
  ASTRO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
};

function run(command: string, args: string[], cwd = copy): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The README's build: every package the API and the docs need, in the copy's own turbo cache. */
const build = () =>
  run('pnpm', [
    'turbo',
    'run',
    'build',
    '--filter=@tally/docs...',
    '--filter=@tally/edge-api...',
    '--output-logs=errors-only',
    '--cache-dir=.turbo/cache',
  ]);

/** What a run printed, for a failed expectation to show. */
const said = (result: SpawnSyncReturns<string>) => `${result.stdout}\n${result.stderr}`.slice(-6000);

beforeAll(async () => {
  await mkdir(work, { recursive: true });
  copy = await mkdtemp(join(work, 'newcomer-'));
  await copyRepository(root, copy);
});

afterAll(async () => {
  if (copy !== undefined) await rm(copy, { recursive: true, force: true });
});

describe('adding a document as the README says', () => {
  it('is refused for its error finding, with the acknowledgement entry to add, ready to edit', async () => {
    await copyFile(
      join(import.meta.dirname, 'fixtures', FIXTURE),
      join(copy, 'packages', 'data', 'sources', FIXTURE),
    );
    const refused = build();
    expect(refused.status, said(refused)).not.toBe(0);
    const text = said(refused).replace(/^@tally\/data:build: /gm, '');
    expect(text).toContain(`sources/${FIXTURE}`);
    expect(text).toContain('packages/data/acknowledgements.json');
    // The entry as printed: one JSON object a line inside [ ], with a placeholder reason the build refuses.
    const template = /^\[\n((?:\s+\{.*\},?\n)+)\]$/m.exec(text)?.[1] ?? '';
    const entries = JSON.parse(`[${template}]`) as {
      file: string;
      code: string;
      lines: number[];
      reason: string;
    }[];
    expect(entries.map((entry) => entry.file)).toEqual([`sources/${FIXTURE}`]);
    expect(entries[0]?.reason).toMatch(/^REPLACE:/);

    // What a reviewer does: pastes the entry into acknowledgements.json and writes the reason.
    const file = join(copy, 'packages', 'data', 'acknowledgements.json');
    const reviewed = JSON.parse(await readFile(file, 'utf8')) as unknown[];
    await writeFile(
      file,
      `${JSON.stringify([...reviewed, ...entries.map((entry) => ({ ...entry, reason: REASON }))], null, 2)}\n`,
    );
    const built = build();
    expect(built.status, said(built)).toBe(0);
  });

  it('ships the contest with its acknowledgement, credited, in the data, the API and the docs', async () => {
    const dist = join(copy, 'packages', 'data', 'dist');
    const contests = JSON.parse(await readFile(join(dist, 'contests.json'), 'utf8')) as {
      id: string;
      raceId: string;
      findings: { severity: string; acknowledgement?: { reason: string } }[];
      sources: { file: string }[];
    }[];
    const kansas = contests.find((contest) => contest.id === CONTEST);
    expect(kansas?.raceId).toBe('2008-democratic');
    expect(
      kansas?.findings.filter((f) => f.severity === 'error').map((f) => f.acknowledgement?.reason),
    ).toEqual([REASON]);
    const sources = (await readdir(join(copy, 'packages', 'data', 'sources'))).filter((name) =>
      name.endsWith('.txt'),
    );
    // Each article is one contest of the package (beside the contests of the OpenElections files).
    const fromArticles = new Set(
      contests
        .flatMap((contest) => contest.sources.map((source) => source.file))
        .filter((f) => f.endsWith('.txt')),
    );
    expect([...fromArticles].sort()).toEqual(sources.map((name) => `sources/${name}`).sort());
    // The credit is generated from every document's title: nothing to add by hand.
    expect(await readFile(join(dist, 'ATTRIBUTION.md'), 'utf8')).toContain(
      '2008 Kansas Democratic presidential caucuses',
    );
    const page = await readFile(
      join(copy, 'apps', 'docs', 'dist', 'data', 'contests', CONTEST, 'index.html'),
      'utf8',
    );
    for (const text of [REASON, 'Barack Obama', 'Kansas', 'CC BY-SA 4.0']) expect(page).toContain(text);
    expect(
      await readFile(
        join(copy, 'apps', 'docs', 'dist', 'data', 'races', '2008-democratic', 'index.html'),
        'utf8',
      ),
    ).toContain('Barack Obama');
  });

  it("passes the suite's checks that read the data: the data package's, the core's, the API's and the docs'", async () => {
    const data = run('pnpm', ['--filter', '@tally/data', 'test']);
    expect(data.status, said(data)).toBe(0);
    // The core's tests that read packages/data/sources (the others read the seeds or fixtures by name).
    const coreDir = join(copy, 'packages', 'core');
    const readers: string[] = [];
    for (const entry of await readdir(join(coreDir, 'src'), { recursive: true })) {
      const file = String(entry);
      if (!file.endsWith('.test.ts')) continue;
      if ((await readFile(join(coreDir, 'src', file), 'utf8')).includes('data/sources'))
        readers.push(`src/${file}`);
    }
    expect(readers.length).toBeGreaterThan(0);
    const core = run('pnpm', ['exec', 'vitest', 'run', ...readers], coreDir);
    expect(core.status, said(core)).toBe(0);
    const api = run(
      'pnpm',
      ['exec', 'vitest', 'run', '--project', 'workers'],
      join(copy, 'apps', 'edge-api'),
    );
    expect(api.status, said(api)).toBe(0);
    const docs = run('pnpm', ['exec', 'vitest', 'run'], join(copy, 'apps', 'docs'));
    expect(docs.status, said(docs)).toBe(0);
  });
});
