import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { Manifest } from '@tally/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.ts';
import { sha256Hex } from '../src/file-entry.ts';
import { SEED_FILES } from '../src/fixtures/seeds.ts';
import { manifestHash } from '../src/manifest.ts';
import { buildDataPackage } from './build-data-package.ts';

const PACKAGE = join(import.meta.dirname, '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
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

/** A corpus folder holding the seeds (unless left out) and the named fixtures. */
async function corpus(fixtures: string[], options: { seeds?: boolean } = {}): Promise<string> {
  const dir = join(folder(), 'sources');
  await mkdir(dir, { recursive: true });
  if (options.seeds !== false) {
    for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(dir, name));
  }
  for (const name of fixtures) await copyFile(join(FIXTURES, name), join(dir, name));
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
      expect(manifest.inputs).toContainEqual({
        file: `sources/${name}`,
        sha256: sha256Hex(bytes),
        bytes: bytes.byteLength,
      });
    }
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
    const report = await buildDataPackage({ sourcesDir, outDir: out, acknowledgementsFile: REVIEWED });
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
      acknowledgementsFile: REVIEWED,
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
    const report = await buildDataPackage({ sourcesDir, outDir: join(folder(), 'dist') });
    expect(report.ok).toBe(true);
    expect(
      report.warnings.filter((w) => w.code === 'source-skipped').map((w) => [w.file, w.message]),
    ).toEqual([
      ['sources/drafts', expect.stringContaining('a folder')],
      ['sources/linked.txt', expect.stringContaining('a symbolic link')],
      ['sources/notes.md', expect.stringContaining('not a *.txt document')],
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
    const seedsReviewed = JSON.parse(await readFile(REVIEWED, 'utf8'));
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
      'sources/b.txt:1: error contest-id-duplicate: contest id 2004-nd-democratic-caucus is also read from sources/a.txt; each contest must come from one document',
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
