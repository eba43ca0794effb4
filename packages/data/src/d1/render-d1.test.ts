import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  byDateThenId,
  type Contest,
  candidateRecords,
  modelDelegates,
  parseContest,
  readOpenElections,
  summarizeContest,
  tallyContest,
  tallyRaces,
  withAudit,
} from '@tally/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileEntry } from '../file-entry.ts';
import { handMadeContest } from '../fixtures/contest.ts';
import { SEED_FILES } from '../fixtures/seeds.ts';
import { buildManifest } from '../manifest.ts';
import type { D1Data } from './d1-rows.ts';
import { collectD1Files, renderD1, SCHEMA_FILE } from './render-d1.ts';
import { utf8Length } from './sql-literal.ts';

const SOURCES = join(import.meta.dirname, '..', '..', 'sources');

/** A data package as the build makes one: contests by date then id, summaries, candidates, manifest. */
function dataOf(
  contests: Contest[],
  inputs = contests.map((c) => fileEntry(c.source.file, c.id)),
): D1Data & { contests: Contest[] } {
  const ordered = [...contests].sort(byDateThenId);
  const candidates = candidateRecords(tallyRaces(ordered));
  const manifest = buildManifest({
    version: '0.1.0',
    builder: { name: '@tally/core', version: '0.1.0' },
    counts: {
      sources: ordered.length,
      contests: ordered.length,
      candidates: candidates.length,
      races: 1,
      results: ordered.reduce((n, c) => n + c.results.length, 0),
      units: ordered.reduce((n, c) => n + (c.units?.length ?? 0), 0),
      findings: { error: 0, warning: 0, info: 0, acknowledged: 0 },
    },
    inputs,
    outputs: [],
  });
  return {
    contests: ordered,
    summaries: ordered.map(summarizeContest),
    candidates,
    raceMetadata: [],
    manifest,
  };
}

function load(data: D1Data, options = {}): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  for (const { sql } of collectD1Files(renderD1(data, options))) db.exec(sql);
  return db;
}

let seeds: D1Data & { contests: Contest[] };
beforeAll(async () => {
  const contests: Contest[] = [];
  // The seeds alone, by name: the checks below are theirs, whatever else sources/ holds.
  for (const name of SEED_FILES) {
    const parsed = parseContest(await readFile(join(SOURCES, name)), { file: `sources/${name}` });
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code}`);
    contests.push(withAudit(parsed.contest));
  }
  seeds = dataOf(contests);
});

describe('renderD1', () => {
  it('gives the same bytes for the same data', () => {
    const once = [...renderD1(seeds)];
    expect([...renderD1(seeds)]).toEqual(once);
    expect(once[0]).toEqual({ file: SCHEMA_FILE, sql: expect.stringContaining('CREATE TABLE contests') });
  });

  it('names its files in load order, one statement per line, each within D1 limits', () => {
    const files = collectD1Files(renderD1(seeds, { maxFileBytes: 20_000 }));
    const names = files.map((f) => f.file);
    expect(names.slice(0, 3)).toEqual(['0000-schema.sql', '0001-rows.sql', '0002-rows.sql']);
    expect([...names].sort()).toEqual(names);
    for (const { sql } of files) {
      expect(sql.endsWith(';\n')).toBe(true);
      for (const line of sql.slice(0, -1).split('\n')) {
        expect(line).toMatch(/^(DROP|CREATE|INSERT|UPDATE) .*;$/);
        expect(utf8Length(line)).toBeLessThanOrEqual(100_000);
      }
    }
    expect(files.at(-1)?.sql.trimEnd().split('\n').at(-1)).toMatch(/^INSERT INTO texts /);
  });

  it('holds the contests in API order, with the filter columns folded and the JSON ready to send', () => {
    const db = load(seeds);
    const rows = db
      .prepare(
        'SELECT pos, id, year, type, state_code_key, state_key, party_key, date FROM contests ORDER BY pos',
      )
      .all();
    expect(rows.map((r) => ({ ...r }))).toEqual([
      {
        pos: 0,
        id: '2004-nd-democratic-caucus',
        year: 2004,
        type: 'caucus',
        state_code_key: 'nd',
        state_key: 'north dakota',
        party_key: 'democratic',
        date: '2004-02-03',
      },
      {
        pos: 1,
        id: '2004-mi-democratic-caucus',
        year: 2004,
        type: 'caucus',
        state_code_key: 'mi',
        state_key: 'michigan',
        party_key: 'democratic',
        date: '2004-02-07',
      },
      {
        pos: 2,
        id: '2004-wa-democratic-caucus',
        year: 2004,
        type: 'caucus',
        state_code_key: 'wa',
        state_key: 'washington',
        party_key: 'democratic',
        date: '2004-02-07',
      },
      {
        pos: 3,
        id: '2004-nc-democratic-caucus',
        year: 2004,
        type: 'caucus',
        state_code_key: 'nc',
        state_key: 'north carolina',
        party_key: 'democratic',
        date: '2004-04-17',
      },
    ]);
    const nd = db
      .prepare(
        'SELECT c.summary, r.contest, r.tally, r.delegate_model FROM contests c JOIN contest_records r USING (pos) WHERE c.id = ?',
      )
      .get('2004-nd-democratic-caucus') as Record<string, string>;
    const contest = seeds.contests.find((c) => c.id === '2004-nd-democratic-caucus') as Contest;
    expect(nd.contest).toBe(JSON.stringify(contest));
    expect(nd.summary).toBe(JSON.stringify(summarizeContest(contest)));
    expect(nd.tally).toBe(JSON.stringify(tallyContest(contest)));
    expect(nd.delegate_model).toBe(JSON.stringify(modelDelegates(contest)));
  });

  it('holds every unit of every contest, precincts too, in its order, with its type and folded name', async () => {
    const file = 'openelections/ms/20040309__ms__democrat__primary__alcorn.csv';
    const read = readOpenElections(new Uint8Array(await readFile(join(SOURCES, file))), { file });
    if (!read.ok) throw new Error(read.error.message);
    const alcorn = withAudit(read.contests[0] as Contest);
    const coarse = { ...alcorn, units: (alcorn.units ?? []).filter((unit) => unit.parent === null) };
    // As the data build passes them: the contests with their coarsest units, every unit apart.
    const data = dataOf([...seeds.contests, coarse]);
    const db = load({
      ...data,
      units: data.contests.map((c) => (c.id === alcorn.id ? (alcorn.units ?? []) : [])),
    });
    const pos = Number(db.prepare('SELECT pos FROM contests WHERE id = ?').get(alcorn.id)?.pos);
    const rows = db
      .prepare('SELECT contest_pos, n, id, type, name_key, unit FROM units ORDER BY contest_pos, n')
      .all();
    expect(rows.map((row) => [row.contest_pos, row.n, row.id, row.type])).toEqual(
      (alcorn.units ?? []).map((unit, n) => [pos, n, unit.id, unit.type]),
    );
    expect(rows.map((row) => JSON.parse(String(row.unit)))).toEqual(alcorn.units);
    expect(rows.find((row) => row.id === 'county-alcorn-1-02-north-corinth')?.name_key).toBe(
      '1 02 north corinth',
    );
    const record = db.prepare('SELECT contest FROM contest_records WHERE pos = ?').get(pos)?.contest;
    expect(JSON.parse(String(record)).units).toEqual(coarse.units);
    // Without units given, the units the contests carry.
    const carried = load(dataOf([...seeds.contests, alcorn]));
    expect(carried.prepare('SELECT count(*) AS n FROM units').get()?.n).toBe(alcorn.units?.length);
  });

  it('holds each candidate aggregate as its summary and its results in order', () => {
    const db = load(seeds);
    const rows = db
      .prepare(
        "SELECT k.summary, (SELECT group_concat(result, ',' ORDER BY n) FROM candidate_results WHERE candidate_pos = k.pos) AS results FROM candidates k ORDER BY k.pos",
      )
      .all() as { summary: string; results: string }[];
    // Each race's results follow one another in the candidate's order of races, `contestsEntered` each.
    const records = rows.map((r) => {
      const results = JSON.parse(`[${r.results}]`);
      const summary = JSON.parse(r.summary) as { races: { contestsEntered: number }[] };
      return {
        ...summary,
        races: summary.races.map((race) => ({ ...race, contests: results.splice(0, race.contestsEntered) })),
      };
    });
    expect(records).toEqual(seeds.candidates);
    const kerry = db
      .prepare(
        "SELECT c.id FROM candidates k JOIN candidate_results r ON r.candidate_pos = k.pos JOIN contests c ON c.pos = r.contest_pos WHERE k.id = 'john-kerry' ORDER BY r.n",
      )
      .all();
    expect(kerry.map((r) => r.id)).toEqual(
      seeds.candidates
        .find((c) => c.candidateId === 'john-kerry')
        ?.races.flatMap((r) => r.contests.map((c) => c.contestId)),
    );
  });

  it('keys every name from each of its terms, once per entity, for prefix ranges', () => {
    const db = load(seeds);
    const keys = db
      .prepare(
        "SELECT key, start, length, entity FROM search_keys WHERE kind = 'contest' AND key >= 'north' AND key < 'norti' ORDER BY key, start, entity",
      )
      .all();
    expect(keys.map((k) => ({ ...k }))).toEqual([
      { key: 'north carolina', start: 0, length: 2, entity: 3 },
      { key: 'north carolina democratic presidential caucuses', start: 1, length: 6, entity: 3 },
      { key: 'north dakota', start: 0, length: 2, entity: 0 },
      { key: 'north dakota democratic presidential caucuses', start: 1, length: 6, entity: 0 },
    ]);
    const kerry = db
      .prepare(
        "SELECT key, start, length FROM search_keys WHERE kind = 'candidate' AND key LIKE '%kerry%' ORDER BY key",
      )
      .all();
    expect(kerry.map((k) => ({ ...k }))).toEqual([
      { key: 'john kerry', start: 0, length: 2 },
      { key: 'kerry', start: 1, length: 2 },
    ]);
  });

  it('writes a manifest too long for one D1 row in parts, after every other row', () => {
    const inputs = Array.from({ length: 6000 }, (_, i) =>
      fileEntry(`sources/${String(i).padStart(6, '0')}-generated.txt`, `${i}`),
    );
    const data = dataOf(seeds.contests, inputs);
    const chunks = [...renderD1(data)];
    const texts = chunks.findIndex((c) => c.sql.startsWith('INSERT INTO texts'));
    expect(chunks.slice(texts).every((c) => /^(INSERT INTO|UPDATE) texts /.test(c.sql))).toBe(true);
    const db = new DatabaseSync(':memory:');
    for (const { sql } of collectD1Files(chunks)) db.exec(sql);
    const parts = db.prepare("SELECT text FROM texts WHERE name = 'manifest' ORDER BY part").all() as {
      text: string;
    }[];
    expect(parts.length).toBeGreaterThan(1);
    expect(JSON.parse(parts.map((p) => p.text).join(''))).toEqual(data.manifest);
  });

  it("ends with the manifest's head, the small part the API reads: everything but the file lists", () => {
    const inputs = Array.from({ length: 6000 }, (_, i) => fileEntry(`sources/${i}.txt`, `${i}`));
    const data = dataOf(seeds.contests, inputs);
    const chunks = [...renderD1(data)];
    expect(chunks.at(-1)?.sql).toMatch(/^INSERT INTO texts .*'manifest-head'/);
    const db = new DatabaseSync(':memory:');
    for (const { sql } of collectD1Files(chunks)) db.exec(sql);
    const head = db.prepare("SELECT text FROM texts WHERE name = 'manifest-head'").all() as {
      text: string;
    }[];
    expect(head).toHaveLength(1);
    const { inputs: _inputs, outputs: _outputs, ...expected } = data.manifest;
    expect(JSON.parse(head[0]?.text ?? '')).toEqual(expected);
    expect(head[0]?.text.length).toBeLessThan(2000);
  });

  it('reads the contests once, as a stream from a spool would give them', () => {
    let reads = 0;
    function* stream() {
      for (const contest of seeds.contests) {
        reads++;
        yield contest;
      }
    }
    expect(collectD1Files(renderD1({ ...seeds, contests: stream() }))).toEqual(
      collectD1Files(renderD1(seeds)),
    );
    expect(reads).toBe(4);
  });

  it("stops on contests out of the summaries' order, or missing: a bug in the caller", () => {
    const reversed = { ...seeds, contests: [...seeds.contests].reverse() };
    expect(() => [...renderD1(reversed)]).toThrow(
      'the contest 2004-nc-democratic-caucus comes where 2004-nd-democratic-caucus should',
    );
    const short = { ...seeds, contests: seeds.contests.slice(0, 3) };
    expect(() => [...renderD1(short)]).toThrow('1 summaries have no contest');
  });

  it('carries quotes, backslashes, Unicode and line breaks in names through to the JSON', () => {
    const contest = handMadeContest({
      rows: [
        ['Beto O\'Rourke \\ "Jr."', 600, 60, 3],
        ['Zoë Peña 北京 🗳️', 300, 30, 1],
        ['Line\nBreak\tTab', 100, 10, 0],
      ],
    });
    const data = dataOf([contest]);
    const db = load(data, { maxStatementBytes: 2000 });
    const stored = db.prepare('SELECT contest FROM contest_records').get() as { contest: string };
    expect(JSON.parse(stored.contest)).toEqual(contest);
    const names = db.prepare('SELECT summary FROM candidates ORDER BY pos').all() as { summary: string }[];
    expect(names.map((n) => JSON.parse(n.summary).candidate)).toEqual(
      data.candidates.map((c) => c.candidate),
    );
    const keys = db
      .prepare("SELECT key FROM search_keys WHERE kind = 'candidate' AND start = 0 ORDER BY entity, key")
      .all();
    expect(keys.map((k) => k.key)).toContain('zoe pena 北京');
  });
});
