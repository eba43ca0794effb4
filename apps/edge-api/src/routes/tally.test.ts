import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Tally = {
  tally: {
    filter: Record<string, unknown>;
    contests: number;
    candidates: { candidateId: string; votes: number; delegates: number; contestsWon: number }[];
    series: {
      date: string;
      contestIds: string[];
      candidates: { candidateId: string; votes: number; delegates: number; wins: number }[];
    }[];
  };
};

async function tally(query = ''): Promise<Tally['tally']> {
  const response = await call(`/v1/tally${query}`);
  expect(response.status).toBe(200);
  return ((await expectDeclared(response, '/v1/tally')) as Tally).tally;
}

describe('GET /v1/tally', () => {
  it('tallies votes, delegates and wins across the four contests', async () => {
    const body = await tally();
    expect(body.contests).toBe(4);
    expect(body.filter).toEqual({});
    expect(body.candidates[0]).toMatchObject({
      candidateId: 'john-kerry',
      votes: 106425,
      delegates: 177,
      contestsWon: 3,
    });
  });

  it('gives the running totals after each contest date', async () => {
    const { series } = await tally();
    expect(series.map((p) => [p.date, p.contestIds])).toEqual([
      ['2004-02-03', ['2004-nd-democratic-caucus']],
      ['2004-02-07', ['2004-mi-democratic-caucus', '2004-wa-democratic-caucus']],
      ['2004-04-17', ['2004-nc-democratic-caucus']],
    ]);
    const kerry = series.map((p) => p.candidates.find((c) => c.candidateId === 'john-kerry'));
    expect(kerry).toEqual([
      { candidateId: 'john-kerry', votes: 5366, delegates: 9, wins: 1 },
      { candidateId: 'john-kerry', votes: 101581, delegates: 148, wins: 3 },
      { candidateId: 'john-kerry', votes: 106425, delegates: 177, wins: 3 },
    ]);
  });

  it('takes the same filter as /v1/contests and echoes it', async () => {
    const body = await tally('?from=2004-02-07&to=2004-02-07');
    expect(body.contests).toBe(2);
    expect(body.filter).toEqual({ from: '2004-02-07', to: '2004-02-07' });
    expect(body.candidates[0]).toMatchObject({ candidateId: 'john-kerry', votes: 96215, delegates: 139 });
    expect((await tally('?state=Texas')).contests).toBe(0);
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
