import { tallyRaces } from '@tally/core';
import { contests, races } from '@tally/data';
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
  it('tallies each race of the data over its own contests: votes, delegates and wins', async () => {
    const body = await tally();
    expect(body.filter).toEqual({});
    expect(body.races.map((r) => [r.raceId, r.contestCount])).toEqual(
      [...races].sort((a, b) => (a.id < b.id ? -1 : 1)).map((race) => [race.id, race.contestIds.length]),
    );
    for (const race of body.races) {
      const shipped = races.find((r) => r.id === race.raceId);
      expect(race.standings.map((s) => [s.candidate.id, s.votes, s.delegates, s.contestsWon])).toEqual(
        shipped?.candidates.map((c) => [c.candidateId, c.votes, c.delegates, c.contestsWon]),
      );
    }
  });

  it('tallies one seed contest as it states its figures', async () => {
    const body = await tally('?race=2004-democratic&state=ND&type=caucus');
    expect(body.races.map((r) => [r.raceId, r.contestCount])).toEqual([['2004-democratic', 1]]);
    expect(body.races[0]?.standings[0]).toMatchObject({
      rank: 1,
      candidate: { id: 'john-kerry', name: 'John Kerry', kind: 'candidate' },
      votes: 5366,
      delegates: 9,
      contestsWon: 1,
    });
  });

  it('gives the running totals after each contest date', async () => {
    for (const race of (await tally()).races) {
      const shipped = races.find((r) => r.id === race.raceId);
      expect(race.series.map((p) => [p.date, p.contestIds])).toEqual(
        shipped?.series.map((p) => [p.date, p.contestIds]),
      );
      expect(
        race.series.map((p) => p.standings.map((c) => [c.candidate.id, c.votes, c.delegates, c.wins])),
      ).toEqual(
        shipped?.series.map((p) => p.candidates.map((c) => [c.candidateId, c.votes, c.delegates, c.wins])),
      );
    }
    const [nd] = (await tally('?race=2004-democratic&state=ND&type=caucus')).races;
    expect(nd?.series.map((p) => [p.date, p.contestIds])).toEqual([
      ['2004-02-03', ['2004-nd-democratic-caucus']],
    ]);
  });

  it('takes the same filter as /v1/contests and echoes it', async () => {
    const body = await tally('?from=2004-02-07&to=2004-02-07');
    const selected = contests.filter((c) => c.date === '2004-02-07');
    const [expected] = tallyRaces(selected);
    expect(body.races.map((r) => r.contestCount)).toEqual(
      tallyRaces(selected).map((race) => race.contestIds.length),
    );
    expect(body.filter).toEqual({ from: '2004-02-07', to: '2004-02-07' });
    expect(body.races[0]?.standings[0]).toMatchObject({
      candidate: { id: expected?.candidates[0]?.candidateId },
      votes: expected?.candidates[0]?.votes,
      delegates: expected?.candidates[0]?.delegates,
    });
    expect((await tally('?state=Texas')).races.map((r) => r.contestCount)).toEqual(
      tallyRaces(contests.filter((c) => c.state === 'Texas')).map((race) => race.contestIds.length),
    );
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

  it('echoes a filter as sent, but never as markup', async () => {
    const response = await call(`/v1/tally?state=${encodeURIComponent('<b>x&y</b>')}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/[<>&]/);
    expect((JSON.parse(text) as { data: { filter: unknown } }).data.filter).toEqual({ state: '<b>x&y</b>' });
  });
});
