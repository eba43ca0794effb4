import { races } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Standing = {
  rank: number;
  candidate: { id: string };
  votes: number;
  delegates: number;
  contestsWon: number;
};
type Tally = {
  filter: Record<string, unknown>;
  races: {
    raceId: string;
    contestCount: number;
    standings: Standing[];
    series: {
      date: string;
      contestIds: string[];
      standings: { candidate: { id: string }; votes: number; delegates: number; wins: number }[];
    }[];
  }[];
};

async function tally(query = ''): Promise<Tally> {
  const response = await call(`/v1/tally${query}`);
  expect(response.status).toBe(200);
  return ((await expectDeclared(response, '/v1/tally')) as { data: Tally }).data;
}

describe('GET /v1/tally', () => {
  it('tallies every race of the data package when nothing is filtered, each over its own contests', async () => {
    const body = await tally();
    expect(body.filter).toEqual({});
    expect(body.races.map((r) => [r.raceId, r.contestCount])).toEqual(
      races.map((race) => [race.id, race.contestIds.length]),
    );
    for (const [i, race] of races.entries()) {
      expect(body.races[i]?.standings.map((s) => [s.candidate.id, s.votes, s.delegates])).toEqual(
        race.candidates.map((c) => [c.candidateId, c.votes, c.delegates]),
      );
    }
  });

  it('tallies the four seed caucuses in their one race: votes, delegates and wins', async () => {
    const body = await tally('?type=caucus');
    expect(body.filter).toEqual({ type: 'caucus' });
    expect(body.races.map((r) => [r.raceId, r.contestCount])).toEqual([['2004-democratic', 4]]);
    expect(body.races[0]?.standings[0]).toMatchObject({
      rank: 1,
      candidate: { id: 'john-kerry', kind: 'candidate' },
      votes: 106425,
      delegates: 177,
      contestsWon: 3,
    });
  });

  it('gives the running totals after each contest date', async () => {
    const [race] = (await tally('?type=caucus')).races;
    expect(race?.series.map((p) => [p.date, p.contestIds])).toEqual([
      ['2004-02-03', ['2004-nd-democratic-caucus']],
      ['2004-02-07', ['2004-mi-democratic-caucus', '2004-wa-democratic-caucus']],
      ['2004-04-17', ['2004-nc-democratic-caucus']],
    ]);
    const kerry = race?.series.map((p) => p.standings.find((c) => c.candidate.id === 'john-kerry'));
    expect(kerry?.map((k) => k && [k.votes, k.delegates, k.wins])).toEqual([
      [5366, 9, 1],
      [101581, 148, 3],
      [106425, 177, 3],
    ]);
  });

  it('takes the same filter as /v1/contests and echoes it', async () => {
    const body = await tally('?from=2004-02-07&to=2004-02-07&type=caucus');
    expect(body.races[0]?.contestCount).toBe(2);
    expect(body.filter).toEqual({ from: '2004-02-07', to: '2004-02-07', type: 'caucus' });
    expect(body.races[0]?.standings[0]).toMatchObject({
      candidate: { id: 'john-kerry' },
      votes: 96215,
      delegates: 139,
    });
    expect((await tally('?state=Texas&type=caucus')).races).toEqual([]);
    expect((await tally('?race=2004-democratic')).races.map((r) => r.raceId)).toEqual(['2004-democratic']);
  });

  it('refuses paging parameters, which a tally does not take', async () => {
    const response = await call('/v1/tally?limit=5');
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/tally')) as { issues: { code: string }[] };
    expect(body.issues).toEqual([
      {
        location: 'query',
        name: 'limit',
        code: 'unrecognized-key',
        message: 'is not a parameter of this route',
      },
    ]);
  });
});
