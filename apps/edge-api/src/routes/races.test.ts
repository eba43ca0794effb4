import { resultRecords, resultsCsv } from '@tally/core';
import { contests, races } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type RaceItem = {
  id: string;
  year: number;
  party: string;
  name: string;
  contestCount: number;
  firstDate: string | null;
  lastDate: string | null;
  delegatesAtStake: { value: number; source: { url: string } } | null;
  delegatesToWin: { value: number; source: { url: string; quote: string } } | null;
};
type RaceDetail = RaceItem & {
  contests: { id: string; raceId: string }[];
  standings: { rank: number; candidate: { id: string }; delegates: number; delegatesNeeded: number | null }[];
  series: { date: string; contestIds: string[] }[];
};

const seed = races[0];
if (seed === undefined) throw new Error('@tally/data has no race');

describe('GET /v1/races', () => {
  it('lists each race with its contests counted and dated, and its cited figures', async () => {
    const response = await call('/v1/races');
    expect(response.status).toBe(200);
    const body = (await expectDeclared(response, '/v1/races')) as {
      data: RaceItem[];
      meta: { page: { total: number } };
    };
    expect(body.data.map((r) => r.id)).toEqual(races.map((r) => r.id));
    expect(body.data[0]).toEqual({
      id: seed.id,
      year: seed.year,
      party: seed.party,
      name: seed.name,
      contestCount: seed.contestIds.length,
      firstDate: seed.firstDate,
      lastDate: seed.lastDate,
      delegatesAtStake: seed.delegatesAtStake,
      delegatesToWin: seed.delegatesToWin,
    });
    expect(body.meta.page.total).toBe(races.length);
  });

  it('cites the 2004 Democratic figures from races.json: 4,322 at stake, 2,162 to win', async () => {
    const body = (await (await call('/v1/races?year=2004&party=democratic')).json()) as { data: RaceItem[] };
    const [race] = body.data;
    expect([race?.delegatesAtStake?.value, race?.delegatesToWin?.value]).toEqual([4322, 2162]);
    expect(race?.delegatesToWin?.source.quote).toContain('2,162');
  });

  it('filters by year and party, and refuses what is not a decimal year', async () => {
    const empty = (await (await call('/v1/races?year=1900')).json()) as { data: unknown[] };
    expect(empty.data).toEqual([]);
    const of2004 = (await (await call('/v1/races?year=2004&party=democratic')).json()) as {
      data: { id: string }[];
    };
    expect(of2004.data.map((race) => race.id)).toEqual(
      races.filter((race) => race.year === 2004 && race.party === 'Democratic').map((race) => race.id),
    );
    for (const query of ['?year=2e3', '?year=04', '?party=', '?state=ND']) {
      const response = await call(`/v1/races${query}`);
      expect(response.status).toBe(400);
      await expectDeclared(response, '/v1/races');
    }
  });
});

describe('GET /v1/races/{id}', () => {
  it('gives the race: its contests by date, its standings and its running totals', async () => {
    const response = await call(`/v1/races/${seed.id}`);
    expect(response.status).toBe(200);
    const { data, links } = (await expectDeclared(response, '/v1/races/{id}')) as {
      data: RaceDetail;
      links: Record<string, string>;
    };
    expect(data.contests.map((c) => c.id)).toEqual(seed.contestIds);
    expect(data.contests.every((c) => c.raceId === seed.id)).toBe(true);
    expect(data.standings.map((s) => s.candidate.id)).toEqual(seed.candidates.map((c) => c.candidateId));
    expect(data.standings[0]).toMatchObject({ rank: 1, candidate: { id: 'john-kerry' }, delegates: 177 });
    expect(data.standings[0]?.delegatesNeeded).toBe((seed.delegatesToWin?.value ?? 0) - 177);
    expect(data.series.map((p) => p.date)).toEqual(seed.series.map((p) => p.date));
    expect(links).toEqual({
      self: `/v1/races/${seed.id}`,
      results: `/v1/races/${seed.id}/results`,
      contests: `/v1/contests?race=${seed.id}`,
    });
  });

  it('starts with the fields its list item has, with the same values', async () => {
    const list = (await (await call('/v1/races')).json()) as { data: RaceItem[] };
    const { data } = (await (await call(`/v1/races/${seed.id}`)).json()) as { data: RaceDetail };
    expect(data).toMatchObject(list.data[0] as object);
  });

  it('answers 404 for an unknown race and 400 for what cannot be a race id', async () => {
    const missing = await call('/v1/races/1896-populist');
    expect(missing.status).toBe(404);
    expect(((await expectDeclared(missing, '/v1/races/{id}')) as { detail: string }).detail).toBe(
      'No race has this id.',
    );
    const bad = await call('/v1/races/democratic');
    expect(bad.status).toBe(400);
    await expectDeclared(bad, '/v1/races/{id}');
  });
});

describe('GET /v1/races/{id}/results', () => {
  const rows = contests.filter((c) => c.raceId === seed.id).flatMap(resultRecords);

  it('gives every contest’s rows as JSON, in the one results layout', async () => {
    const response = await call(`/v1/races/${seed.id}/results`);
    const body = (await expectDeclared(response, '/v1/races/{id}/results')) as {
      data: unknown[];
      links: unknown;
    };
    expect(body.data).toEqual(rows);
    expect(body.links).toEqual({
      self: `/v1/races/${seed.id}/results`,
      csv: `/v1/races/${seed.id}/results?format=csv`,
      race: `/v1/races/${seed.id}`,
      contest: null,
    });
  });

  it('gives them as CSV with a file name: the contests’ CSVs concatenated', async () => {
    const response = await call(`/v1/races/${seed.id}/results?format=csv`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="tally-${seed.id}-results.csv"`,
    );
    const text = (await expectDeclared(response, '/v1/races/{id}/results')) as string;
    expect(text).toBe(resultsCsv(rows));
    const [header, ...records] = text.split('\r\n');
    const perContest = await Promise.all(
      seed.contestIds.map(async (id) =>
        (await (await call(`/v1/contests/${id}/results?format=csv`)).text()).split('\r\n'),
      ),
    );
    expect(perContest.every(([first]) => first === header)).toBe(true);
    expect(perContest.flatMap((lines) => lines.slice(1, -1))).toEqual(records.slice(0, -1));
  });

  it('answers 404 for an unknown race', async () => {
    const response = await call('/v1/races/1896-populist/results?format=csv');
    expect(response.status).toBe(404);
    await expectDeclared(response, '/v1/races/{id}/results');
  });
});
