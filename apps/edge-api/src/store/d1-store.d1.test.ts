import { env } from 'cloudflare:workers';
import {
  type Contest,
  type ContestFilter,
  mergeSources,
  raceMetadataOf,
  readOpenElections,
  slugify,
  type Unit,
  withAudit,
} from '@tally/core';
import { candidates, contests, manifest, races, summaries } from '@tally/data';
import alcorn from '@tally/data/sources/openelections/ms/20040309__ms__democrat__primary__alcorn.csv?raw';
import amite from '@tally/data/sources/openelections/ms/20040309__ms__democrat__primary__amite.csv?raw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import { loadD1 } from '../testing/d1-load.js';
import { countRoundTrips } from '../testing/d1-round-trips.js';
import { call } from '../testing/worker.js';
import { createD1Store, openD1Store } from './d1-store.js';
import { createMemoryStore } from './memory-store.js';

// This file's database starts empty (storage is per test file) and is loaded with the data package below,
// its 2004 Mississippi contest with every unit, precincts too: read again from its two files as the data build
// reads them (every name of the package as the roster, so each takes the package's id), and merged.
const MS = '2004-ms-democratic-primary';
const shipped = contests.find((c) => c.id === MS) as Contest;
const roster = contests.flatMap((contest) =>
  contest.results
    .filter((row) => row.kind === 'candidate')
    .map((row) => ({
      candidateId: row.candidateId,
      candidate: row.candidate,
      year: contest.year,
      party: slugify(contest.party),
      from: 'article' as const,
    })),
);
const mississippi = mergeSources(
  [alcorn, amite].map((text, i) => {
    const file = shipped.sources?.[i]?.file ?? '';
    const read = readOpenElections(text, { file, roster });
    if (!read.ok) throw new Error(read.error.message);
    const contest = withAudit(read.contests.find((c) => c.id === MS) as Contest);
    return {
      contest,
      credit: shipped.sources?.[i]?.credit as NonNullable<Contest['sources']>[number]['credit'],
    };
  }),
);
const data = {
  contests: contests.map((contest) => (contest.id === MS ? mississippi : contest)),
  summaries,
  races,
  candidates,
  manifest,
};
const memory = createMemoryStore(data);
const metadata = races.map(raceMetadataOf);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openD1Store before the data is loaded', () => {
  it('refuses a database without the tables, with a code', async () => {
    expect(await openD1Store(env.DB)).toEqual({
      ok: false,
      error: {
        code: 'd1-data-missing',
        message: 'The D1 database has no Tally tables: load dist/d1/*.sql into it.',
      },
    });
  });

  it('makes the D1 Worker answer a logged 500 problem, and try again on the next request', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await call('/v1/contests');
    // Not checked against the OpenAPI document: without data the Worker cannot serve one.
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: '/problems/internal-error/',
      title: 'Internal error',
      status: 500,
      detail: 'The API has no data to serve; the failure is logged.',
      instance: '/v1/contests',
    });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^d1-data-missing: /));
  });

  it('refuses a database whose load stopped before the manifest', async () => {
    await env.DB.exec(
      'CREATE TABLE texts (name TEXT NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (name, part));',
    );
    expect(await openD1Store(env.DB)).toMatchObject({ ok: false, error: { code: 'd1-data-missing' } });
    await env.DB.exec(`INSERT INTO texts VALUES ('manifest-head', 0, '{"name":"@tally/data"}');`);
    expect(await openD1Store(env.DB)).toMatchObject({ ok: false, error: { code: 'd1-manifest-invalid' } });
  });
});

describe('the D1 store over the seed package', () => {
  it('loads the package as the data build writes it, the manifest last', async () => {
    const stats = await loadD1(env.DB, data);
    expect(stats.files).toBeGreaterThanOrEqual(2);
    const opened = await openD1Store(env.DB);
    // The store reads the manifest's head: everything but the file lists, which grow with the corpus.
    const { inputs: _inputs, outputs: _outputs, ...head } = manifest;
    expect(opened.ok && opened.store.manifest).toEqual(head);
    // The Worker that failed before the load tries again, and now serves.
    const health = await call('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      data: { dataPackage: { hash: manifest.hash, contests: manifest.counts.contests } },
    });
    expect(opened.ok && (await opened.store.getRace('2004-democratic'))?.race.delegatesToWin).toEqual(
      races[0]?.delegatesToWin,
    );
  });

  const filters: ContestFilter[] = [
    {},
    { state: 'ND' },
    { state: 'north carolina' },
    { state: 'N.-Dakota' },
    { year: 2004, party: 'DEMOCRATIC', type: 'caucus' },
    { race: '2004-democratic' },
    { race: '2008-republican' },
    { type: 'primary' },
    { year: 2008 },
    { from: '2004-02-07', to: '2004-02-07' },
    { from: '2004-03-01' },
    { to: '2004-02-06' },
    { from: '2004-03-01', to: '2004-02-01' },
  ];

  it.each(filters)('lists, tallies and aggregates as the memory store does for %j', async (filter) => {
    const d1 = createD1Store(env.DB, manifest, metadata);
    for (const page of [
      { offset: 0, limit: 20 },
      { offset: 1, limit: 2 },
      { offset: 10, limit: 5 },
    ]) {
      expect(await d1.listContests(filter, page)).toEqual(await memory.listContests(filter, page));
      expect(await d1.listCandidates(filter, page)).toEqual(await memory.listCandidates(filter, page));
    }
    expect(await d1.tally(filter)).toEqual(await memory.tally(filter));
  });

  it('gives every contest and candidate as the memory store does, and null for unknown ids', async () => {
    const d1 = createD1Store(env.DB, manifest, metadata);
    for (const { id } of contests) expect(await d1.getContest(id)).toEqual(await memory.getContest(id));
    for (const { candidateId } of candidates) {
      expect(await d1.getCandidate(candidateId)).toEqual(await memory.getCandidate(candidateId));
    }
    for (const { id } of races) {
      expect(await d1.getRace(id)).toEqual(await memory.getRace(id));
      expect(await d1.raceResults(id)).toEqual(await memory.raceResults(id));
    }
    for (const filter of [{}, { year: 2004 }, { party: 'democratic' }, { year: 2008 }]) {
      expect(await d1.listRaces(filter, { offset: 0, limit: 20 })).toEqual(
        await memory.listRaces(filter, { offset: 0, limit: 20 }),
      );
    }
    expect(await d1.getRace('1896-populist')).toBeNull();
    expect(await d1.raceResults('1896-populist')).toBeNull();
    expect(await d1.getContest('1900-zz-whig-caucus')).toBeNull();
    expect(await d1.getCandidate('abraham-lincoln')).toBeNull();
  });

  it.each([
    ['kerry', 10],
    ['KÉRRY', 10],
    ['N. Dakota', 10],
    ['nd', 10],
    ['north car', 10],
    ['north', 10],
    ['john', 1],
    ['j', 50],
    ['democratic caucus', 3],
    ['2004 north', 10],
    ['lincoln', 10],
    ['!!!', 10],
  ])('searches %j (limit %i) as the memory store does', async (query, limit) => {
    const d1 = createD1Store(env.DB, manifest, metadata);
    expect(await d1.search(query, limit)).toEqual(await memory.search(query, limit));
  });

  it('holds the Mississippi contest read again as the data build merged it, with its precincts', () => {
    const { units, ...rest } = mississippi;
    expect(rest).toEqual(shipped);
    expect((units ?? []).filter((u) => u.parent === null).map((u) => u.name)).toEqual(['Alcorn', 'Amite']);
    expect((units ?? []).some((u) => u.type === 'precinct')).toBe(true);
  });

  it('lists and gives every unit as the memory store does: types, names, pages, the units inside each', async () => {
    const d1 = createD1Store(env.DB, manifest, metadata);
    const units = mississippi.units as Unit[];
    const filters = [
      {},
      { type: 'county' as const },
      { type: 'precinct' as const },
      { type: 'ward' as const },
      { name: 'alcorn' },
      { name: 'AMITE' },
      { name: units.find((u) => u.type === 'precinct')?.name ?? '' },
      { name: '1' },
      { type: 'precinct' as const, name: units.find((u) => u.type === 'precinct')?.name ?? '' },
    ];
    for (const filter of filters) {
      for (const page of [
        null,
        { offset: 0, limit: 20 },
        { offset: 5, limit: 3 },
        { offset: 1000, limit: 10 },
      ]) {
        expect(await d1.listUnits(MS, filter, page)).toEqual(await memory.listUnits(MS, filter, page));
      }
    }
    for (const unit of units) {
      const got = await d1.getUnit(MS, unit.id);
      expect(got).toEqual(await memory.getUnit(MS, unit.id));
      expect(got?.record?.children).toEqual(units.filter((u) => u.parent === unit.id).map((u) => u.id));
    }
    expect(await d1.getUnit(MS, 'county-nowhere')).toEqual(await memory.getUnit(MS, 'county-nowhere'));
    expect(await d1.listUnits('1900-zz-whig-caucus', {}, null)).toBeNull();
    expect(await d1.getUnit('1900-zz-whig-caucus', 'county-alcorn')).toBeNull();
    expect(await d1.listUnits('2004-nd-democratic-caucus', {}, null)).toEqual(
      await memory.listUnits('2004-nd-democratic-caucus', {}, null),
    );
  });

  it('answers the unit routes as the bundled app over the same data does, byte for byte', async () => {
    const overD1 = createApp(createD1Store(env.DB, manifest, metadata));
    const overMemory = createApp(memory);
    const precinct = (mississippi.units as Unit[]).find((u) => u.type === 'precinct') as Unit;
    for (const path of [
      `/v1/contests/${MS}/units`,
      `/v1/contests/${MS}/units?type=precinct&limit=7&cursor=3`,
      `/v1/contests/${MS}/units?name=amite`,
      `/v1/contests/${MS}/units?format=csv`,
      `/v1/contests/${MS}/units?format=csv&type=precinct`,
      `/v1/contests/${MS}/units/county-alcorn`,
      `/v1/contests/${MS}/units/${precinct.id}`,
      `/v1/contests/${MS}/units/county-nowhere`,
      '/v1/contests/1900-zz-whig-caucus/units',
    ]) {
      const [a, b] = [await overD1.request(path), await overMemory.request(path)];
      expect([a.status, a.headers.get('etag'), await a.text()], path).toEqual([
        b.status,
        b.headers.get('etag'),
        await b.text(),
      ]);
    }
    const csv = await (await overD1.request(`/v1/contests/${MS}/units?format=csv&type=precinct`)).text();
    const precinctRow = csv.split('\r\n')[1]?.split(',') ?? [];
    // A precinct's row names the county it lies in, though the filter selected precincts only.
    expect(precinctRow[1]).toBe((mississippi.units as Unit[]).find((u) => u.id === precinct.parent)?.name);
  });

  it('makes one round trip per data request, and none for the health check', async () => {
    const counted = countRoundTrips(env.DB);
    const app = createApp(createD1Store(counted.db, manifest, metadata));
    const trips = async (path: string) => {
      counted.reset();
      const response = await app.request(path);
      expect(response.status, path).toBeLessThan(500);
      await response.arrayBuffer();
      return counted.count();
    };
    expect({
      races: await trips('/v1/races'),
      race: await trips('/v1/races/2004-democratic'),
      raceResults: await trips('/v1/races/2004-democratic/results'),
      list: await trips('/v1/contests?state=nd&limit=2'),
      contest: await trips('/v1/contests/2004-nd-democratic-caucus'),
      results: await trips('/v1/contests/2004-nd-democratic-caucus/results?format=csv'),
      units: await trips(`/v1/contests/${MS}/units?type=precinct`),
      unitsCsv: await trips(`/v1/contests/${MS}/units?format=csv`),
      unit: await trips(`/v1/contests/${MS}/units/county-alcorn`),
      candidates: await trips('/v1/candidates'),
      filteredCandidates: await trips('/v1/candidates?year=2004'),
      candidate: await trips('/v1/candidates/john-kerry'),
      tally: await trips('/v1/tally?party=democratic'),
      search: await trips('/v1/search?q=north%20dakota'),
      health: await trips('/healthz'),
      missing: await trips('/v1/contests/1900-zz-whig-caucus'),
      invalid: await trips('/v1/contests?limit=0'),
      listAgain: await trips('/v1/contests?state=nd&limit=2'),
    }).toEqual({
      races: 1,
      race: 1,
      raceResults: 1,
      list: 1,
      contest: 1,
      results: 1,
      units: 1,
      unitsCsv: 1,
      unit: 1,
      candidates: 1,
      filteredCandidates: 1,
      candidate: 1,
      tally: 1,
      search: 1,
      health: 0,
      missing: 1,
      invalid: 0,
      listAgain: 0,
    });
  });
});
