import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { Manifest, readOpenElections } from '@tally/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.ts';
import { sha256Hex } from '../src/file-entry.ts';
import { SEED_FILES } from '../src/fixtures/seeds.ts';
import { manifestHash } from '../src/manifest.ts';
import { buildDataPackage } from './build-data-package.ts';

const PACKAGE = join(import.meta.dirname, '..');
const SOURCES = join(PACKAGE, 'sources');
/** The package's reviewed acknowledgements, every file's. */
const PACKAGE_REVIEWED = join(PACKAGE, 'acknowledgements.json');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const OE = join(SOURCES, 'openelections');

let scratch: string;
/**
 * A folder holding the four seed documents alone (by name), beside the package's races.json and the
 * acknowledgements that name them: the checks "on the seeds" are theirs, exact, whatever else sources/ holds.
 */
let SEEDS: string;
let REVIEWED: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-data-build-'));
  SEEDS = join(scratch, 'seeds', 'sources');
  REVIEWED = join(scratch, 'seeds', 'acknowledgements.json');
  await mkdir(SEEDS, { recursive: true });
  for (const name of SEED_FILES) await copyFile(join(PACKAGE, 'sources', name), join(SEEDS, name));
  await copyFile(join(PACKAGE, 'races.json'), join(scratch, 'seeds', 'races.json'));
  const reviewed = JSON.parse(await readFile(join(PACKAGE, 'acknowledgements.json'), 'utf8')) as {
    file: string;
  }[];
  const seedsReviewed = reviewed.filter((entry) =>
    SEED_FILES.some((name) => entry.file === `sources/${name}`),
  );
  await writeFile(REVIEWED, `${JSON.stringify(seedsReviewed, null, 2)}\n`);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let counter = 0;
const folder = () => join(scratch, `case-${++counter}`);

/** Every file under `dir`, by relative path, with its bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A corpus folder holding the seed articles (unless left out), the named fixtures and the named OpenElections
 * files of the package (`<state>/<name>`, with the package's OpenElections manifest).
 */
async function corpus(
  fixtures: string[],
  options: { seeds?: boolean; openElections?: string[] } = {},
): Promise<string> {
  const dir = join(folder(), 'sources');
  await mkdir(dir, { recursive: true });
  if (options.seeds !== false) {
    for (const name of SEED_FILES) await copyFile(join(SOURCES, name), join(dir, name));
  }
  for (const name of fixtures) await copyFile(join(FIXTURES, name), join(dir, name));
  for (const file of options.openElections ?? []) {
    await mkdir(join(dir, 'openelections', file.split('/')[0] as string), { recursive: true });
    await copyFile(join(OE, file), join(dir, 'openelections', file));
  }
  if (options.openElections) {
    await copyFile(join(OE, 'manifest.json'), join(dir, 'openelections', 'manifest.json'));
  }
  return dir;
}

describe('buildDataPackage on the seeds', () => {
  let first: string;
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    first = join(folder(), 'dist');
    const report = await buildDataPackage({ sourcesDir: SEEDS, outDir: first });
    expect(report.problems.map(formatDiagnostic)).toEqual([]);
    files = await snapshot(first);
  });

  it('gives byte-identical output when run again into another folder', async () => {
    const second = join(folder(), 'dist');
    await buildDataPackage({ sourcesDir: SEEDS, outDir: second });
    const again = await snapshot(second);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(again.get(path)?.equals(bytes), path).toBe(true);
  });

  it('writes the file layout the README describes', () => {
    expect([...files.keys()]).toEqual([
      'ATTRIBUTION.md',
      'acknowledgements.json',
      'candidates.json',
      'contests.json',
      'contests/2004-mi-democratic-caucus.json',
      'contests/2004-nc-democratic-caucus.json',
      'contests/2004-nd-democratic-caucus.json',
      'contests/2004-wa-democratic-caucus.json',
      'd1/0000-schema.sql',
      'd1/0001-rows.sql',
      'index.d.ts',
      'index.js',
      'index.json',
      'manifest.json',
      'races.json',
      'results.csv',
      'schema/acknowledgement.schema.json',
      'schema/candidate-record.schema.json',
      'schema/contest-record.schema.json',
      'schema/contest-summary.schema.json',
      'schema/contest.schema.json',
      'schema/finding.schema.json',
      'schema/manifest.schema.json',
      'schema/race-metadata.schema.json',
      'schema/race.schema.json',
      'schema/result-record.schema.json',
      'units/index.json',
    ]);
  });

  it('lists every other file in the manifest with its sha256 and size, and hashes over them all', async () => {
    const manifest = Manifest.parse(JSON.parse(String(files.get('manifest.json'))));
    // The D1 database holds the manifest, so the manifest cannot list the database's files.
    expect(manifest.outputs.map((entry) => entry.file)).toEqual(
      [...files.keys()].filter((path) => path !== 'manifest.json' && !path.startsWith('d1/')),
    );
    for (const entry of manifest.outputs) {
      const bytes = files.get(entry.file);
      expect({ file: entry.file, sha256: sha256Hex(bytes ?? ''), bytes: bytes?.byteLength }).toEqual(entry);
    }
    const seeds = (await readdir(SEEDS)).sort();
    expect(manifest.inputs.map((entry) => entry.file)).toEqual([
      'acknowledgements.json',
      'races.json',
      ...seeds.map((name) => `sources/${name}`),
    ]);
    for (const name of seeds) {
      const bytes = await readFile(join(SEEDS, name));
      const title = String(bytes)
        .split('\n')[0]
        ?.replace(/^=+\s*|\s*=+\s*$/g, '');
      expect(manifest.inputs).toContainEqual({
        file: `sources/${name}`,
        sha256: sha256Hex(bytes),
        bytes: bytes.byteLength,
        credit: expect.objectContaining({ kind: 'wikipedia', title, license: 'CC BY-SA 4.0' }),
      });
    }
    expect(manifest.credits.map((credit) => [credit.kind, credit.sources])).toEqual([['wikipedia', 4]]);
    expect(manifest.hash).toBe(manifestHash(manifest.inputs, manifest.outputs));
    expect(manifest.counts.sources).toBe(4);
    expect(manifest.counts.contests).toBe(4);
    // Result rows: North Dakota 7, North Carolina 6, Washington 7, Michigan 11.
    expect(manifest.counts.results).toBe(7 + 6 + 7 + 11);
  });

  it('writes the D1 database as SQL that loads, in file order, into the contests, candidates and manifest', () => {
    const db = new DatabaseSync(':memory:');
    for (const path of [...files.keys()].filter((p) => p.startsWith('d1/')).sort()) {
      db.exec(String(files.get(path)));
    }
    const ids = db.prepare('SELECT id FROM contests ORDER BY pos').all();
    expect(ids.map((row) => row.id)).toEqual([
      '2004-nd-democratic-caucus',
      '2004-mi-democratic-caucus',
      '2004-wa-democratic-caucus',
      '2004-nc-democratic-caucus',
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM candidates').get()?.n).toBe(11);
    const record = db.prepare('SELECT contest FROM contest_records WHERE pos = 0').get()?.contest;
    expect(JSON.parse(String(record))).toEqual(JSON.parse(String(files.get('contests.json')))[0]);
    const parts = db.prepare("SELECT text FROM texts WHERE name = 'manifest' ORDER BY part").all();
    expect(JSON.parse(parts.map((part) => String(part.text)).join(''))).toEqual(
      JSON.parse(String(files.get('manifest.json'))),
    );
    db.close();
  });

  it('writes the CSV header and each row as the seeds state it', () => {
    const lines = String(files.get('results.csv')).split('\r\n');
    expect(lines[0]).toBe(
      'state,county,precinct,office,district,party,candidate,votes,percent,delegates,vote_unit,candidate_id,candidate_kind,withdrawn,race_id,contest_id,date,unit_type,unit_name,source_title,source_file,source_line',
    );
    expect(lines).toHaveLength(1 + (7 + 6 + 7 + 11) + 1);
    expect(lines[1]).toBe(
      'ND,,,President,,Democratic,John Kerry,5366,50.82,9,votes,john-kerry,candidate,false,2004-democratic,2004-nd-democratic-caucus,2004-02-03,state,North Dakota,2004 North Dakota Democratic presidential caucuses,sources/2004-north-dakota-democratic-caucuses.txt,51',
    );
    expect(lines).toContain(
      'MI,,,President,,Democratic,Dick Gephardt,951,0.58,0,votes,dick-gephardt,candidate,true,2004-democratic,2004-mi-democratic-caucus,2004-02-07,state,Michigan,2004 Michigan Democratic presidential caucuses,sources/2004-michigan-democratic-caucuses.txt,64',
    );
    expect(lines).toContain(
      'WA,,,President,,Democratic,Uncommitted,799,3.39,0,votes,uncommitted,uncommitted,false,2004-democratic,2004-wa-democratic-caucus,2004-02-07,state,Washington,2004 Washington Democratic presidential caucuses,sources/2004-washington-democratic-caucuses.txt,58',
    );
    expect(lines.at(-2)).toBe(
      'NC,,,President,,Democratic,Uncommitted,106,0.6,17,votes,uncommitted,uncommitted,false,2004-democratic,2004-nc-democratic-caucus,2004-04-17,state,North Carolina,2004 North Carolina Democratic presidential caucuses,sources/2004-north-carolina-democratic-caucuses.txt,58',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('writes each race: its contests by date, standings, running totals and the figures races.json cites', async () => {
    const races = JSON.parse(String(files.get('races.json')));
    const cited = JSON.parse(await readFile(join(PACKAGE, 'races.json'), 'utf8'));
    expect(races.map((race: { id: string }) => race.id)).toEqual(['2004-democratic']);
    const [race] = races;
    expect(race.contestIds).toEqual(
      JSON.parse(String(files.get('index.json'))).map((s: { id: string }) => s.id),
    );
    expect([race.firstDate, race.lastDate]).toEqual(['2004-02-03', '2004-04-17']);
    expect(race.delegatesToWin).toEqual(cited[0].delegatesToWin);
    expect(race.delegatesAtStake).toEqual(cited[0].delegatesAtStake);
    expect(race.candidates[0]).toMatchObject({ candidateId: 'john-kerry', votes: 106425, delegates: 177 });
    const candidates = JSON.parse(String(files.get('candidates.json')));
    const kerry = candidates.find((c: { candidateId: string }) => c.candidateId === 'john-kerry');
    expect(kerry.races.map((r: { raceId: string; delegates: number }) => [r.raceId, r.delegates])).toEqual([
      ['2004-democratic', 177],
    ]);
  });

  it('keeps the full contest, its tally and its labelled delegate model in contests/<id>.json', () => {
    const record = JSON.parse(String(files.get('contests/2004-nd-democratic-caucus.json')));
    expect(record.id).toBe('2004-nd-democratic-caucus');
    expect(record.results).toHaveLength(7);
    expect(record.tally.winner).toEqual({ candidate: 'John Kerry', candidateId: 'john-kerry' });
    expect(record.delegateModel.model).toBe(true);
    expect(Object.keys(record).slice(-3)).toEqual(['source', 'tally', 'delegateModel']);
  });

  it('orders the index by date, then id', () => {
    const index = JSON.parse(String(files.get('index.json')));
    expect(index.map((summary: { id: string; date: string }) => [summary.date, summary.id])).toEqual([
      ['2004-02-03', '2004-nd-democratic-caucus'],
      ['2004-02-07', '2004-mi-democratic-caucus'],
      ['2004-02-07', '2004-wa-democratic-caucus'],
      ['2004-04-17', '2004-nc-democratic-caucus'],
    ]);
  });
});

describe('buildDataPackage with OpenElections files beside the articles', () => {
  const DC = 'dc/20080212__dc__primary__president__ward.csv';
  const ALCORN = 'ms/20040309__ms__democrat__primary__alcorn.csv';
  const AMITE = 'ms/20040309__ms__democrat__primary__amite.csv';
  let out: string;
  let files: Map<string, Buffer>;
  let report: Awaited<ReturnType<typeof buildDataPackage>>;
  let sourcesDir: string;
  const json = (path: string) => JSON.parse(String(files.get(path)));

  beforeAll(async () => {
    sourcesDir = await corpus(['2008-dc-democratic-primary.txt'], { openElections: [DC, ALCORN, AMITE] });
    // The package's reviewed entries for these files, and only those.
    const reviewed = JSON.parse(await readFile(PACKAGE_REVIEWED, 'utf8')).filter((entry: { file: string }) =>
      [DC, ALCORN, AMITE].some((file) => entry.file === `sources/openelections/${file}`),
    );
    await writeFile(join(sourcesDir, '..', 'acknowledgements.json'), JSON.stringify(reviewed));
    out = join(folder(), 'dist');
    report = await buildDataPackage({ sourcesDir, outDir: out });
    expect(report.problems.map(formatDiagnostic)).toEqual([]);
    files = await snapshot(out);
  }, 120_000);

  it('gives byte-identical output when run again', async () => {
    const second = join(folder(), 'dist');
    await buildDataPackage({ sourcesDir, outDir: second });
    const again = await snapshot(second);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, bytes] of files) expect(again.get(path)?.equals(bytes), path).toBe(true);
  });

  it('merges an article and a file of one contest: the article’s figures, the file’s units, every disagreement a finding naming both', () => {
    const contest = json('contests/2008-dc-democratic-primary.json');
    expect(contest.units.length).toBeGreaterThan(0);
    expect(contest.sources.map((s: { file: string; uses: string[] }) => [s.file, s.uses])).toEqual([
      ['sources/2008-dc-democratic-primary.txt', ['results']],
      [`sources/openelections/${DC}`, ['units', 'compared']],
    ]);
    expect(contest.results.find((r: { candidateId: string }) => r.candidateId === 'barack-obama').votes).toBe(
      93386,
    );
    expect(contest.units.every((u: { file: string }) => u.file === `sources/openelections/${DC}`)).toBe(true);
    const mismatch = contest.findings.find((f: { code: string }) => f.code === 'sources-votes-mismatch');
    expect(mismatch.sources.map((s: { file: string }) => s.file)).toEqual([
      'sources/2008-dc-democratic-primary.txt',
      `sources/openelections/${DC}`,
    ]);
    expect(report.warnings.map(formatDiagnostic)).toContain(
      formatDiagnostic({
        severity: 'warning',
        code: mismatch.code,
        file: 'sources/2008-dc-democratic-primary.txt',
        lines: [mismatch.line, ...mismatch.lines.filter((line: number) => line !== mismatch.line)],
        message: mismatch.message,
      }),
    );
    // The file's Republican contest has no article: it is the file's alone.
    const republican = json('contests/2008-dc-republican-primary.json');
    expect(republican.sources.map((s: { uses: string[] }) => s.uses)).toEqual([['results', 'units']]);
  });

  it('merges two files that each cover one county: units from both, each result their sum', () => {
    const contest = json('contests/2004-ms-democratic-primary.json');
    expect(contest.sources.map((s: { file: string }) => s.file)).toEqual([
      `sources/openelections/${ALCORN}`,
      `sources/openelections/${AMITE}`,
    ]);
    expect(contest.coverage.scope).toBe('partial');
    expect(contest.units.map((u: { name: string; fips: string }) => [u.name, u.fips])).toEqual([
      ['Alcorn', '28003'],
      ['Amite', '28005'],
    ]);
    for (const row of contest.results) {
      const sum = contest.units
        .flatMap((u: { results: { candidateId: string; votes: number | null }[] }) => u.results)
        .filter((r: { candidateId: string }) => r.candidateId === row.candidateId)
        .reduce((n: number, r: { votes: number | null }) => n + (r.votes ?? 0), 0);
      expect(row.votes ?? 0).toBe(sum);
    }
  });

  it('ships the coarsest units in the JSON and every unit, precincts too, in results.csv and D1', () => {
    const contests = json('contests.json');
    const withUnits = json('units/index.json');
    for (const contest of contests) {
      // The list every app loads carries no units; each contest's own files carry its coarsest.
      expect(contest.units).toBeUndefined();
      const record = json(`contests/${contest.id}.json`);
      for (const unit of record.units ?? []) expect(unit.parent).toBeNull();
      if (record.units) {
        expect(json(`units/${contest.id}.json`)).toEqual(record.units);
        expect(withUnits).toContainEqual({ contestId: contest.id, units: record.units.length });
      } else expect(files.has(`units/${contest.id}.json`)).toBe(false);
    }
    const db = new DatabaseSync(':memory:');
    for (const path of [...files.keys()].filter((p) => p.startsWith('d1/')).sort())
      db.exec(String(files.get(path)));
    const rows = String(files.get('results.csv')).split('\r\n').slice(1, -1);
    const header = String(files.get('results.csv')).split('\r\n')[0]?.split(',') ?? [];
    const col = (name: string) => header.indexOf(name);
    const manifest = json('manifest.json');
    expect(db.prepare('SELECT count(*) AS n FROM units').get()?.n).toBe(manifest.counts.units);
    for (const [pos, contest] of contests.entries()) {
      const units = db
        .prepare('SELECT unit FROM units WHERE contest_pos = ? ORDER BY n')
        .all(pos)
        .map((row) => JSON.parse(String(row.unit)));
      expect(units.filter((u) => u.parent === null)).toEqual(json(`contests/${contest.id}.json`).units ?? []);
      // Every unit's rows are in the CSV, whatever its level, and nothing else of the contest but its statewide rows.
      const mine = rows.filter((row) => row.includes(`,${contest.id},`));
      const unitRows = mine.filter((row) => row.split(',')[col('unit_type')] !== 'state');
      expect(unitRows).toHaveLength(units.reduce((n, u) => n + u.results.length, 0));
      // A unit rolled up from the units inside it is their sum, candidate by candidate.
      for (const parent of units.filter((u) => u.rolledUp)) {
        const children = units.filter((u) => u.parent === parent.id);
        for (const result of parent.results) {
          const sum = children
            .flatMap((u) => u.results)
            .filter((r: { candidateId: string }) => r.candidateId === result.candidateId)
            .reduce((n: number, r: { votes: number | null }) => n + (r.votes ?? 0), 0);
          expect(result.votes ?? 0).toBe(sum);
        }
      }
    }
    const precincts = rows.filter((row) => row.split(',')[col('unit_type')] === 'precinct');
    expect(precincts.length).toBeGreaterThan(0);
    expect(precincts.every((row) => row.split(',')[col('county')] !== '')).toBe(true);
    db.close();
  });

  it('credits every source: the article by its title, each file by its repository, path and commit', async () => {
    const manifest = Manifest.parse(json('manifest.json'));
    const origins = JSON.parse(await readFile(join(OE, 'manifest.json'), 'utf8'));
    expect(manifest.credits.map((credit) => [credit.kind, credit.sources])).toEqual([
      ['wikipedia', 5],
      ['openelections', 3],
    ]);
    expect(manifest.attribution).toContain('OpenElections (openelections.net)');
    const attribution = String(files.get('ATTRIBUTION.md'));
    for (const file of [DC, ALCORN, AMITE]) {
      const origin = origins.find((o: { path: string }) => o.path.endsWith(file.split('/')[1] as string));
      const input = manifest.inputs.find((entry) => entry.file === `sources/openelections/${file}`);
      expect(input?.credit).toMatchObject({
        repository: origin.repo,
        path: origin.path,
        commit: origin.commit,
      });
      const row = attribution.split('\n').find((line) => line.includes(`\`sources/openelections/${file}\``));
      expect(row).toContain(origin.repo);
      expect(row).toContain(origin.commit);
    }
    expect(attribution).toContain('| `sources/2008-dc-democratic-primary.txt` | 2008 District of Columbia');
    const header = String(files.get('results.csv')).split('\r\n')[0]?.split(',') ?? [];
    const alcorn = String(files.get('results.csv'))
      .split('\r\n')
      .find((row) => row.includes(ALCORN));
    expect(alcorn?.split(',')[header.indexOf('source_title')]).toBe(
      `${origins.find((o: { path: string }) => o.path.endsWith('alcorn.csv')).repo}: ${origins.find((o: { path: string }) => o.path.endsWith('alcorn.csv')).path}`,
    );
  });

  it('builds the races from every source', () => {
    const races = json('races.json');
    const index = json('index.json');
    expect(races.map((race: { id: string }) => race.id)).toEqual(
      [...new Set(index.map((summary: { raceId: string }) => summary.raceId))].sort(),
    );
    const dem2008 = races.find((race: { id: string }) => race.id === '2008-democratic');
    expect(dem2008.contestIds).toEqual(['2008-dc-democratic-primary']);
  });
});

describe('buildDataPackage on the package’s own sources', () => {
  let out: string;
  let report: Awaited<ReturnType<typeof buildDataPackage>>;
  beforeAll(async () => {
    out = join(folder(), 'dist');
    report = await buildDataPackage({ sourcesDir: SOURCES, outDir: out });
  }, 300_000);

  it('builds with no problem: every error finding of the files is reviewed in acknowledgements.json', () => {
    expect(report.problems.map(formatDiagnostic)).toEqual([]);
  });

  it('reads every article and every OpenElections file, each credited, and gives every contest they hold', async () => {
    const manifest = Manifest.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    const origins = JSON.parse(await readFile(join(OE, 'manifest.json'), 'utf8')) as {
      state: string;
      path: string;
      repo: string;
      commit: string;
    }[];
    const csvs = origins.map((o) => `sources/openelections/${o.state}/${o.path.split('/').pop()}`);
    const articles = (await readdir(SOURCES)).filter((name) => name.endsWith('.txt'));
    expect(manifest.counts.sources).toBe(articles.length + csvs.length);
    for (const [i, file] of csvs.entries()) {
      expect(manifest.inputs.find((entry) => entry.file === file)?.credit).toMatchObject({
        kind: 'openelections',
        repository: origins[i]?.repo,
        commit: origins[i]?.commit,
      });
    }
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { id: string }[];
    const ids = new Set(index.map((summary) => summary.id));
    for (const file of csvs) {
      const read = readOpenElections(new Uint8Array(await readFile(join(PACKAGE, file))), { file });
      if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
      for (const contest of read.contests) expect(ids.has(contest.id), `${file}: ${contest.id}`).toBe(true);
    }
    expect(manifest.counts.contests).toBe(ids.size);
  });
});

describe('buildDataPackage with a contest of another year and party', () => {
  it('tallies each race apart: no race, candidate or CSV row mixes the two', async () => {
    const sources = await corpus([]);
    const nd = await readFile(join(sources, '2004-north-dakota-democratic-caucuses.txt'), 'utf8');
    // The same article, retitled as the 2008 Republican caucus (title, infobox, caption and prose alike):
    // a contest of another race, Kerry in both.
    await writeFile(
      join(sources, '2008-north-dakota-republican-caucuses.txt'),
      nd.replaceAll('2004 North Dakota Democratic', '2008 North Dakota Republican'),
    );
    const out = join(folder(), 'dist');
    const report = await buildDataPackage({ sourcesDir: sources, outDir: out });
    expect(report.problems.map(formatDiagnostic)).toEqual([]);
    const read = async (file: string) => JSON.parse(await readFile(join(out, file), 'utf8'));
    const races = await read('races.json');
    expect(races.map((r: { id: string; contestIds: string[] }) => [r.id, r.contestIds.length])).toEqual([
      ['2004-democratic', 4],
      ['2008-republican', 1],
    ]);
    const index = await read('index.json');
    const raceOfContest = new Map(index.map((s: { id: string; raceId: string }) => [s.id, s.raceId]));
    for (const race of races) {
      expect(race.contestIds.every((id: string) => raceOfContest.get(id) === race.id)).toBe(true);
      for (const point of race.series) {
        expect(point.contestIds.every((id: string) => raceOfContest.get(id) === race.id)).toBe(true);
      }
      for (const candidate of race.candidates) {
        expect(
          candidate.contests.every((c: { contestId: string }) => raceOfContest.get(c.contestId) === race.id),
        ).toBe(true);
      }
    }
    // Kerry's 2004 figures are the four seeds' alone; his 2008 figures the retitled North Dakota's alone.
    const kerry = (await read('candidates.json')).find(
      (c: { candidateId: string }) => c.candidateId === 'john-kerry',
    );
    expect(
      kerry.races.map((r: { raceId: string; votes: number; delegates: number }) => [
        r.raceId,
        r.votes,
        r.delegates,
      ]),
    ).toEqual([
      ['2004-democratic', 106425, 177],
      ['2008-republican', 5366, 9],
    ]);
    const rows = (await readFile(join(out, 'results.csv'), 'utf8')).split('\r\n').slice(1, -1);
    const columns = (await readFile(join(out, 'results.csv'), 'utf8')).split('\r\n')[0]?.split(',') ?? [];
    const raceColumn = columns.indexOf('race_id');
    const contestColumn = columns.indexOf('contest_id');
    for (const row of rows) {
      const fields = row.split(',');
      expect(raceOfContest.get(fields[contestColumn])).toBe(fields[raceColumn]);
    }
    expect(rows.filter((row) => row.includes(',2008-republican,'))).toHaveLength(7);
  });
});

describe('buildDataPackage and the race metadata', () => {
  it('refuses a figure whose quote does not state it, and warns of a race no contest belongs to', async () => {
    const sources = await corpus([]);
    const metadata = join(folder(), 'races.json');
    await mkdir(join(metadata, '..'), { recursive: true });
    const source = { title: 'A page', url: 'https://example.org/', quote: 'needs 2,162 delegates' };
    await writeFile(
      metadata,
      JSON.stringify([{ id: '2004-democratic', delegatesToWin: { value: 2163, source } }]),
    );
    const refused = await buildDataPackage({
      sourcesDir: sources,
      outDir: join(folder(), 'dist'),
      raceMetadataFile: metadata,
    });
    expect(refused.problems.map(formatDiagnostic)).toEqual([
      'races.json: error race-metadata-invalid: 2004-democratic delegatesToWin: the quote does not state 2163: cite the words of the source that give it',
    ]);
    await writeFile(
      metadata,
      JSON.stringify([{ id: '1896-populist', delegatesToWin: { value: 2162, source } }]),
    );
    const unused = await buildDataPackage({
      sourcesDir: sources,
      outDir: join(folder(), 'dist'),
      raceMetadataFile: metadata,
    });
    expect(unused.ok).toBe(true);
    expect(unused.warnings.map(formatDiagnostic)).toContain(
      'races.json: warning race-metadata-unused: 1896-populist has figures, but no contest of the sources belongs to it',
    );
  });
});

describe('buildDataPackage refusing to ship', () => {
  /** Builds the seeds into a fresh out folder, so a failed build has previous output to leave alone. */
  async function previousOutput(): Promise<{ out: string; before: Map<string, Buffer> }> {
    const out = join(folder(), 'dist');
    const report = await buildDataPackage({ sourcesDir: SEEDS, outDir: out });
    expect(report.ok).toBe(true);
    return { out, before: await snapshot(out) };
  }

  it('fails on a broken document, naming file and line, and leaves the previous output untouched', async () => {
    const { out, before } = await previousOutput();
    const sourcesDir = await corpus(['garbled-cell.txt']);
    const report = await buildDataPackage({ sourcesDir, outDir: out, acknowledgementsFile: null });
    expect(report.ok).toBe(false);
    expect(report.written).toEqual([]);
    expect(report.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^sources\/garbled-cell\.txt:51: error cell-not-numeric: /),
    ]);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(join(out, '..'))).toEqual(['dist']);
  });

  it("reports every problem of every broken document: a duplicate id does not hide the same file's total", async () => {
    const sourcesDir = await corpus(['garbled-cell.txt', 'no-results-table.txt', 'wrong-total.txt']);
    const report = await buildDataPackage({
      sourcesDir,
      outDir: join(folder(), 'dist'),
      acknowledgementsFile: null,
    });
    expect(report.problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['sources/garbled-cell.txt', 'cell-not-numeric'],
      ['sources/no-results-table.txt', 'results-table-missing'],
      ['sources/wrong-total.txt', 'contest-id-duplicate'],
      ['sources/wrong-total.txt', 'votes-total-mismatch'],
    ]);
  });

  it('names every entry of sources/ it skips, and why, and builds from the rest', async () => {
    const sourcesDir = await corpus([]);
    const [first] = (await readdir(sourcesDir)).filter((name) => name.endsWith('.txt'));
    await symlink(join(sourcesDir, first as string), join(sourcesDir, 'linked.txt'));
    await mkdir(join(sourcesDir, 'drafts'));
    await writeFile(join(sourcesDir, 'notes.md'), 'not a document');
    await mkdir(join(sourcesDir, 'openelections', 'ms'), { recursive: true });
    await writeFile(join(sourcesDir, 'openelections', 'notes.txt'), 'not a results file');
    await writeFile(join(sourcesDir, 'openelections', 'ms', 'README.md'), 'not a results file');
    const report = await buildDataPackage({ sourcesDir, outDir: join(folder(), 'dist') });
    expect(report.ok).toBe(true);
    expect(
      report.warnings.filter((w) => w.code === 'source-skipped').map((w) => [w.file, w.message]),
    ).toEqual([
      ['sources/drafts', expect.stringContaining('a folder')],
      ['sources/linked.txt', expect.stringContaining('a symbolic link')],
      ['sources/notes.md', expect.stringContaining('not a *.txt document')],
      ['sources/openelections/ms/README.md', expect.stringContaining('not a *.csv document')],
      ['sources/openelections/notes.txt', expect.stringContaining('not a state folder')],
    ]);
  });

  it('fails on an error finding nobody acknowledged, and ships it once acknowledged with a reason', async () => {
    const sourcesDir = await corpus(['wrong-total.txt'], { seeds: false });
    const out = join(folder(), 'dist');
    const refused = await buildDataPackage({ sourcesDir, outDir: out, acknowledgementsFile: null });
    expect(refused.ok).toBe(false);
    expect(refused.problems).toHaveLength(1);
    expect(refused.problems.map(formatDiagnostic)[0]).toMatch(
      /^sources\/wrong-total\.txt:58: error votes-total-mismatch: .*\(lines 58, 51, 52, 53, 54, 55, 56, 57\)$/,
    );
    await expect(readdir(out)).rejects.toThrow('ENOENT');

    const reviewed = join(sourcesDir, '..', 'acknowledgements.json');
    const entry = {
      file: 'sources/wrong-total.txt',
      code: 'votes-total-mismatch',
      lines: [58, 51, 52, 53, 54, 55, 56, 57],
      reason: 'Test fixture: the Total row is wrong on purpose.',
    };
    await writeFile(reviewed, JSON.stringify([entry]));
    const shipped = await buildDataPackage({ sourcesDir, outDir: out });
    expect(shipped.problems).toEqual([]);
    expect(shipped.acknowledged.map((item) => item.acknowledgement)).toEqual([entry]);
    const written = JSON.parse(await readFile(join(out, 'acknowledgements.json'), 'utf8'));
    expect(written).toEqual([entry]);
    const contest = JSON.parse(await readFile(join(out, 'contests/2004-nd-democratic-caucus.json'), 'utf8'));
    expect(contest.findings.map((finding: { code: string }) => finding.code)).toContain(
      'votes-total-mismatch',
    );
  });

  it('fails on an acknowledgement that matches nothing', async () => {
    const reviewed = join(folder(), 'acknowledgements.json');
    await mkdir(join(reviewed, '..'), { recursive: true });
    const seedsReviewed = JSON.parse(await readFile(join(SEEDS, '..', 'acknowledgements.json'), 'utf8'));
    const stale = {
      file: 'sources/gone.txt',
      code: 'votes-total-mismatch',
      lines: [9],
      reason: 'fixed since',
    };
    await writeFile(reviewed, JSON.stringify([...seedsReviewed, stale]));
    const report = await buildDataPackage({
      sourcesDir: SEEDS,
      outDir: join(folder(), 'dist'),
      acknowledgementsFile: reviewed,
    });
    expect(report.problems.map(formatDiagnostic)).toEqual([
      'acknowledgements.json: error acknowledgement-stale: sources/gone.txt votes-total-mismatch at line 9 matches no error finding: remove it, or correct its file, code or lines',
    ]);
  });

  it('fails on two documents giving the same contest, naming both files', async () => {
    const sourcesDir = await corpus([], { seeds: false });
    await copyFile(join(SEEDS, '2004-north-dakota-democratic-caucuses.txt'), join(sourcesDir, 'a.txt'));
    await copyFile(join(SEEDS, '2004-north-dakota-democratic-caucuses.txt'), join(sourcesDir, 'b.txt'));
    const report = await buildDataPackage({
      sourcesDir,
      outDir: join(folder(), 'dist'),
      acknowledgementsFile: null,
    });
    expect(report.problems.map(formatDiagnostic)).toEqual([
      'sources/b.txt:1: error contest-id-duplicate: contest id 2004-nd-democratic-caucus is also read from sources/a.txt; a contest has one article (OpenElections files of it are merged with it)',
    ]);
  });

  it('exits with code 1 from the command line, printing the problem', async () => {
    const sourcesDir = await corpus(['garbled-cell.txt'], { seeds: false });
    const out = join(folder(), 'dist');
    const run = promisify(execFile)(process.execPath, [
      join(import.meta.dirname, 'build.ts'),
      '--sources',
      sourcesDir,
      '--out',
      out,
    ]);
    const failure = await run.then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^sources\/garbled-cell\.txt:51: error cell-not-numeric: /m);
    expect(failure?.stderr).toMatch(/build failed with 1 problem; .* left as it was\n$/);
    await expect(readdir(out)).rejects.toThrow('ENOENT');
  });
});
