import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { contests } from '@tally/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import worker from './d1-worker.js';
import { createMemoryStore, type DataPackage } from './store/memory-store.js';
import { buildCorpus, generatedKeys } from './testing/d1-corpus.js';
import { loadD1 } from './testing/d1-load.js';
import { type Answerer, type Case, compareAnswers, expectConformant } from './testing/differential.js';
import { call } from './testing/worker.js';

// The D1 Worker (src/d1-worker.ts) over the data package's contests and 10,000 generated contests, loaded into this
// file's local D1, against the bundled API's app over the same data package in memory: every answer of a
// broad, deterministic sample must be the same, byte for byte.
//
// The sample goes to the Worker's fetch handler itself: each request through `exports.default` costs more
// than the one before under vitest-pool-workers (cloudflare/workers-sdk#15446), too much for 1,500 of them.
const GENERATED = 10_000;
const SEED_IDS = [
  '2004-nd-democratic-caucus',
  '2004-mi-democratic-caucus',
  '2004-wa-democratic-caucus',
  '2004-nc-democratic-caucus',
];
/** Every 40th generated contest, by generation order: 250 ids across years, states, parties, types. */
const SAMPLED_IDS = generatedKeys(GENERATED)
  .filter((_, i) => i % 40 === 0)
  .map((key) => key.id);

let data: DataPackage;
let reference: ReturnType<typeof createApp>;
const d1Worker: Answerer = (request) =>
  worker.fetch(request as Parameters<typeof worker.fetch>[0], env, createExecutionContext());

beforeAll(async () => {
  data = await buildCorpus(GENERATED);
  await loadD1(env.DB, data);
  reference = createApp(createMemoryStore(data));
});

/** Compares every case, then checks the D1 Worker's answers against its OpenAPI document. */
async function expectSameAnswers(cases: Case[], conformance: (c: Case) => boolean = () => true) {
  const differences = [];
  for (const c of cases) {
    const difference = await compareAnswers((request) => reference.fetch(request), d1Worker, c);
    if (difference) differences.push(difference);
  }
  expect(differences).toEqual([]);
  for (const c of cases) if (conformance(c)) await expectConformant(d1Worker, c);
}

const FILTERS = [
  '',
  'year=2004',
  'year=1972',
  'year=2024',
  'state=ND',
  'state=nd',
  'state=North%20Dakota',
  'state=n.%20dakota',
  'state=GUAM',
  'state=U.S.%20Virgin%20Islands',
  'state=virgin%20islands',
  'state=Atlantis',
  'party=Democratic',
  'party=REPUBLICAN',
  'party=green',
  'party=Party%203',
  'type=caucus',
  'type=primary',
  'from=2000-01-01&to=2000-03-31',
  'from=2024-06-01',
  'to=1972-03-01',
  'from=2004-02-07&to=2004-02-07',
  'year=2004&state=ND&party=Democratic&type=caucus',
  'year=1988&type=primary&party=libertarian',
  'year=2005',
];

describe('the D1 Worker over the data package and 10,000 generated contests answers as the bundled app does', () => {
  it('lists contests for every filter kind, page size and page', async () => {
    const cases: Case[] = [];
    for (const filter of FILTERS) {
      const query = filter ? `${filter}&` : '';
      cases.push({ path: `/v1/contests${filter ? `?${filter}` : ''}`, template: '/v1/contests' });
      cases.push({ path: `/v1/contests?${query}limit=1`, template: '/v1/contests' });
      for (const offset of [100, 150]) {
        cases.push({
          path: `/v1/contests?${query}limit=100&cursor=${offset}`,
          template: '/v1/contests',
        });
      }
    }
    for (const offset of [0, 20, 5000, 9900, 9999, 10_004, 20_000]) {
      cases.push({ path: `/v1/contests?limit=100&cursor=${offset}`, template: '/v1/contests' });
    }
    await expectSameAnswers(cases);
  });

  it('gives each sampled contest in full, and its results as JSON and CSV', async () => {
    const cases: Case[] = [];
    for (const id of [...SEED_IDS, ...SAMPLED_IDS, '1900-zz-whig-caucus', '2004-nd-democratic-primary']) {
      cases.push({ path: `/v1/contests/${id}`, template: '/v1/contests/{id}' });
      cases.push({ path: `/v1/contests/${id}/results`, template: '/v1/contests/{id}/results' });
      cases.push({ path: `/v1/contests/${id}/results?format=csv`, template: '/v1/contests/{id}/results' });
    }
    for (const id of SEED_IDS) {
      cases.push({
        path: `/v1/contests/${id}/results`,
        template: '/v1/contests/{id}/results',
        init: { headers: { accept: 'text/csv' } },
      });
      cases.push({ path: `/v1/contests/${id}`, undocumented: 'HEAD has no body', init: { method: 'HEAD' } });
    }
    expect(cases.length).toBeGreaterThan(750);
    await expectSameAnswers(cases);
  });

  it('lists candidates, unfiltered and filtered, by page', async () => {
    const cases: Case[] = [];
    for (const offset of [0, 20, 5000, 11_840, 20_000]) {
      cases.push({
        path: `/v1/candidates?limit=20&cursor=${offset}`,
        template: '/v1/candidates',
      });
    }
    cases.push({ path: '/v1/candidates', template: '/v1/candidates' });
    cases.push({ path: '/v1/candidates?limit=100', template: '/v1/candidates' });
    for (const filter of [
      'state=ND',
      'state=guam&type=caucus',
      'year=2004',
      'year=2004&party=Democratic',
      'year=1976&type=caucus',
      'party=Party%205',
      'from=1980-01-01&to=1980-02-15',
      'year=2005',
    ]) {
      cases.push({ path: `/v1/candidates?${filter}`, template: '/v1/candidates' });
      cases.push({
        path: `/v1/candidates?${filter}&limit=5&cursor=5`,
        template: '/v1/candidates',
      });
    }
    await expectSameAnswers(cases);
  });

  it('gives sampled candidates with their contests', async () => {
    const ids = [
      'john-kerry',
      'john-edwards',
      'howard-dean',
      'uncommitted',
      ...data.candidates.filter((_, i) => i % 250 === 0).map((c) => c.candidateId),
      'abraham-lincoln',
    ];
    const cases = ids.map((id): Case => ({ path: `/v1/candidates/${id}`, template: '/v1/candidates/{id}' }));
    expect(cases.length).toBeGreaterThan(50);
    await expectSameAnswers(cases);
  });

  it('lists every race and gives each, its results as JSON and CSV, alike', async () => {
    const raceIds = [...new Set(data.summaries.map((s) => s.raceId))].sort();
    const cases: Case[] = [
      { path: '/v1/races', template: '/v1/races' },
      { path: '/v1/races?limit=100', template: '/v1/races' },
      { path: '/v1/races?year=2004', template: '/v1/races' },
      { path: '/v1/races?party=republican&limit=5&cursor=5', template: '/v1/races' },
      { path: '/v1/races/1896-populist', template: '/v1/races/{id}' },
    ];
    // Every 7th race in full; a race's results grow with its contests, so only every 21st's.
    for (const [i, id] of raceIds.entries()) {
      if (i % 7 === 0) cases.push({ path: `/v1/races/${id}`, template: '/v1/races/{id}' });
      if (i % 21 === 0) {
        cases.push({ path: `/v1/races/${id}/results`, template: '/v1/races/{id}/results' });
        cases.push({ path: `/v1/races/${id}/results?format=csv`, template: '/v1/races/{id}/results' });
      }
    }
    expect(raceIds.length).toBeGreaterThan(10);
    await expectSameAnswers(cases);
  });

  it('tallies with and without filters, the cumulative series included', async () => {
    const cases = [
      '',
      '?year=2004',
      '?state=ND',
      '?state=north%20dakota&year=2004&party=democratic',
      '?party=Democratic&year=1996',
      '?type=caucus&year=1976',
      '?from=2008-01-01&to=2008-02-29',
      '?party=Party%201',
      '?race=2004-democratic',
      '?year=2005',
    ].map((query): Case => ({ path: `/v1/tally${query}`, template: '/v1/tally' }));
    // The whole corpus's tally is some 23 MB: compared byte for byte, but not also parsed against the schema.
    await expectSameAnswers(cases, (c) => c.path !== '/v1/tally');
  });

  it('searches contests and candidates alike', async () => {
    const queries = [
      'kerry',
      'KÉRRY',
      'john',
      'j',
      'a',
      '1',
      'north',
      'n dakota',
      'N. Dakota',
      'nd',
      'north car',
      'democratic caucus',
      '2004 north dakota',
      'guam',
      'u s virgin',
      'virgin islands',
      'party 1',
      'libertarian primary',
      'uncommitted',
      'zzzz',
    ];
    const cases: Case[] = [];
    for (const q of queries) {
      cases.push({ path: `/v1/search?q=${encodeURIComponent(q)}`, template: '/v1/search' });
      cases.push({ path: `/v1/search?q=${encodeURIComponent(q)}&limit=50`, template: '/v1/search' });
    }
    cases.push({ path: '/v1/search?q=john&limit=1', template: '/v1/search' });
    await expectSameAnswers(cases);
  });

  it('answers the health check, the documents, the errors and conditional requests alike', async () => {
    const etag =
      (await reference.request('/v1/contests/2004-nd-democratic-caucus')).headers.get('etag') ?? '';
    const cases: Case[] = [
      { path: '/healthz', template: '/healthz' },
      { path: '/openapi.json', undocumented: 'the document itself' },
      { path: '/v1/contests?limit=0', template: '/v1/contests' },
      { path: '/v1/contests?cursor=abc', template: '/v1/contests' },
      { path: '/v1/contests?limit=0x10', template: '/v1/contests' },
      { path: '/v1/contests?year=2004&year=2008', template: '/v1/contests' },
      { path: '/v1/contests?sate=ND', template: '/v1/contests' },
      { path: '/v1/contests/2004-ND-Democratic', template: '/v1/contests/{id}' },
      {
        path: '/v1/contests/2004-nd-democratic-caucus/results?format=xml',
        template: '/v1/contests/{id}/results',
      },
      { path: '/v1/candidates?limit=1000', template: '/v1/candidates' },
      { path: '/v1/tally?year=04', template: '/v1/tally' },
      { path: '/v1/search?q=', template: '/v1/search' },
      { path: '/v1/search?q=%21%21', template: '/v1/search' },
      { path: '/nowhere', problem: { status: 404, kind: 'not-found' } },
      {
        path: '/v1/contests',
        init: { method: 'POST', body: '{}' },
        problem: { status: 405, kind: 'method-not-allowed' },
      },
      {
        path: '/v1/contests/2004-nd-democratic-caucus',
        template: '/v1/contests/{id}',
        init: { headers: { 'if-none-match': etag } },
      },
      {
        path: '/v1/contests/2004-nd-democratic-caucus',
        template: '/v1/contests/{id}',
        init: { headers: { 'if-match': '"stale"' } },
      },
      {
        path: '/v1/contests?state=nd',
        undocumented: 'a preflight has no body',
        init: {
          method: 'OPTIONS',
          headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
        },
      },
    ];
    expect(etag).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{32}"$/);
    await expectSameAnswers(cases);
  });
});

describe('the seed figures still hold among 10,000 generated contests', () => {
  it('gives the North Dakota caucus as its article states it', async () => {
    const response = await call('/v1/contests/2004-nd-democratic-caucus');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: {
        results: { candidate: { id: string }; votes: number; percent: number; delegates: number }[];
        totals: object;
        winner: { id: string };
        provenance: { article: { title: string } };
      };
      meta: { dataVersion: string };
    };
    expect(body.data.results.find((r) => r.candidate.id === 'john-kerry')).toMatchObject({
      votes: 5366,
      percent: 50.82,
      delegates: 9,
    });
    expect(body.data.totals).toMatchObject({ votes: 10558, delegates: 14 });
    expect(body.data.winner.id).toBe('john-kerry');
    expect(body.data.provenance.article.title).toBe('2004 North Dakota Democratic presidential caucuses');
    expect(body.meta.dataVersion).toBe(data.manifest.hash);
  });

  it("gives North Dakota's rows in table order, and its CSV", async () => {
    const json = (await (await call('/v1/contests/2004-nd-democratic-caucus/results')).json()) as {
      data: { votes: number }[];
    };
    expect(json.data.map((r) => r.votes)).toEqual([5366, 2502, 1231, 1025, 308, 98, 28]);
    const csv = (
      await (await call('/v1/contests/2004-nd-democratic-caucus/results?format=csv')).text()
    ).split('\r\n');
    expect(csv[0]?.startsWith('state,county,precinct,office,district,party,candidate,votes,')).toBe(true);
    expect(csv[1]).toMatch(/^ND,,,President,,Democratic,John Kerry,5366,50\.82,9,/);
  });

  it('finds the seed contest among the generated ones by its filters, and tallies it', async () => {
    const list = (await (
      await call('/v1/contests?state=ND&year=2004&party=Democratic&type=caucus')
    ).json()) as {
      data: { id: string; totals: { votes: number } }[];
    };
    expect(list.data.map((s) => [s.id, s.totals.votes])).toEqual([['2004-nd-democratic-caucus', 10558]]);
    const tally = (await (
      await call('/v1/tally?state=nd&year=2004&party=democratic&type=caucus')
    ).json()) as {
      data: {
        races: {
          raceId: string;
          contestCount: number;
          standings: { candidate: { id: string }; votes: number; delegates: number }[];
        }[];
      };
    };
    expect(tally.data.races.map((r) => [r.raceId, r.contestCount])).toEqual([['2004-democratic', 1]]);
    expect(tally.data.races[0]?.standings.slice(0, 2)).toMatchObject([
      { candidate: { id: 'john-kerry' }, votes: 5366, delegates: 9 },
      { candidate: { id: 'wesley-clark' }, votes: 2502, delegates: 5 },
    ]);
  });

  it('counts the whole corpus in the health check', async () => {
    const health = (await (await call('/healthz')).json()) as {
      data: { dataPackage: { contests: number; hash: string } };
    };
    expect(health.data.dataPackage).toMatchObject({
      contests: data.contests.length,
      hash: data.manifest.hash,
    });
    expect(data.contests.length).toBe(GENERATED + contests.length);
  });
});
