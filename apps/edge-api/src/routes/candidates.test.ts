import { candidates, contests } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type RaceFigures = {
  raceId: string;
  votes: number;
  delegates: number;
  contestsEntered: number;
  contestsWon: number;
};
type Item = { id: string; name: string; kind: string; races: RaceFigures[] };
type Detail = Item & {
  races: (RaceFigures & { contests: { contestId: string; votes: number; won: boolean }[] })[];
};

describe('GET /v1/candidates', () => {
  it('lists candidates by id, each with their totals in each race', async () => {
    const response = await call('/v1/candidates');
    expect(response.status).toBe(200);
    const body = (await expectDeclared(response, '/v1/candidates')) as {
      data: Item[];
      meta: { page: { total: number } };
    };
    expect(body.data.map((c) => c.id)).toEqual(candidates.slice(0, 20).map((c) => c.candidateId));
    const first = candidates[0];
    expect(body.data[0]).toEqual({
      id: first?.candidateId,
      name: first?.candidate,
      kind: first?.kind,
      races: first?.races.map(({ raceId, votes, delegates, contestsEntered, contestsWon }) => ({
        raceId,
        votes,
        delegates,
        contestsEntered,
        contestsWon,
      })),
    });
    expect(body.meta.page.total).toBe(candidates.length);
  });

  it('totals the four seed caucuses as the seeds state them', async () => {
    const response = await call('/v1/candidates?type=caucus&race=2004-democratic&limit=100');
    const body = (await expectDeclared(response, '/v1/candidates')) as { data: Item[] };
    const kerry = body.data.find((c) => c.id === 'john-kerry');
    expect(kerry).toEqual({
      id: 'john-kerry',
      name: 'John Kerry',
      kind: 'candidate',
      races: [
        { raceId: '2004-democratic', votes: 106425, delegates: 177, contestsEntered: 4, contestsWon: 3 },
      ],
    });
  });

  it('totals only the contests a filter selects', async () => {
    const response = await call('/v1/candidates?state=nd&limit=2');
    const body = (await expectDeclared(response, '/v1/candidates')) as { data: Item[] };
    const nd = contests.find((c) => c.stateCode === 'ND');
    const expected = [...(nd?.results ?? [])]
      .sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1))
      .slice(0, 2)
      .map((row) => [row.candidateId, [[row.votes, row.delegates ?? 0, 1]]]);
    const got = body.data.map((c) => [c.id, c.races.map((r) => [r.votes, r.delegates, r.contestsEntered])]);
    expect(got).toEqual(expected);
  });

  it('refuses a page size over 100', async () => {
    const response = await call('/v1/candidates?limit=1000');
    expect(response.status).toBe(400);
    await expectDeclared(response, '/v1/candidates');
  });
});

describe('GET /v1/candidates/{id}', () => {
  it("gives John Kerry's race with his result in each of its contests", async () => {
    const response = await call('/v1/candidates/john-kerry');
    expect(response.status).toBe(200);
    const { data, links } = (await expectDeclared(response, '/v1/candidates/{id}')) as {
      data: Detail;
      links: unknown;
    };
    expect(links).toEqual({ self: '/v1/candidates/john-kerry' });
    const [race] = data.races;
    const record = candidates.find((c) => c.candidateId === 'john-kerry')?.races[0];
    expect(race).toMatchObject({
      raceId: '2004-democratic',
      votes: record?.votes,
      delegates: record?.delegates,
      contestsEntered: record?.contestsEntered,
      contestsWon: record?.contestsWon,
    });
    // The seed caucuses as their articles state them, among the race's other contests.
    const seeds = race?.contests.filter((c) => c.contestId.endsWith('-caucus'));
    expect(seeds?.map((c) => [c.contestId, c.votes, c.won])).toEqual([
      ['2004-nd-democratic-caucus', 5366, true],
      ['2004-mi-democratic-caucus', 84818, true],
      ['2004-wa-democratic-caucus', 11397, true],
      ['2004-nc-democratic-caucus', 4844, false],
    ]);
    expect(race?.contests.map((c) => c.contestId)).toEqual(record?.contests.map((c) => c.contestId));
  });

  it('answers 404 for an unknown candidate and 400 for an impossible id', async () => {
    const missing = await call('/v1/candidates/abraham-lincoln');
    expect(missing.status).toBe(404);
    expect(((await expectDeclared(missing, '/v1/candidates/{id}')) as { detail: string }).detail).toBe(
      'No candidate has this id.',
    );
    const bad = await call('/v1/candidates/John_Kerry');
    expect(bad.status).toBe(400);
    await expectDeclared(bad, '/v1/candidates/{id}');
  });
});
