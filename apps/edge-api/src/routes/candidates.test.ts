import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Aggregate = {
  candidateId: string;
  votes: number;
  delegates: number;
  contestsEntered: number;
  contestsWon: number;
  contests: { contestId: string; votes: number; won: boolean }[];
};

describe('GET /v1/candidates', () => {
  it('lists candidates by delegates across the four contests', async () => {
    const response = await call('/v1/candidates');
    expect(response.status).toBe(200);
    const body = (await expectDeclared(response, '/v1/candidates')) as {
      data: Aggregate[];
      page: { total: number };
    };
    expect(body.data.slice(0, 3).map((c) => [c.candidateId, c.votes, c.delegates, c.contestsWon])).toEqual([
      ['john-kerry', 106425, 177, 3],
      ['john-edwards', 33594, 61, 1],
      ['howard-dean', 36325, 48, 0],
    ]);
    expect(body.page.total).toBe(body.data.length);
  });

  it('totals only the contests a filter selects', async () => {
    const response = await call('/v1/candidates?state=nd&limit=2');
    const body = (await expectDeclared(response, '/v1/candidates')) as { data: Aggregate[] };
    expect(body.data.map((c) => [c.candidateId, c.votes, c.delegates, c.contestsEntered])).toEqual([
      ['john-kerry', 5366, 9, 1],
      ['wesley-clark', 2502, 5, 1],
    ]);
  });

  it('refuses a page size over 100', async () => {
    const response = await call('/v1/candidates?limit=1000');
    expect(response.status).toBe(400);
    await expectDeclared(response, '/v1/candidates');
  });
});

describe('GET /v1/candidates/{id}', () => {
  it("gives John Kerry's result in every contest and his totals", async () => {
    const response = await call('/v1/candidates/john-kerry');
    expect(response.status).toBe(200);
    const body = (await expectDeclared(response, '/v1/candidates/{id}')) as {
      candidate: Aggregate;
      contests: { id: string }[];
    };
    expect(body.candidate).toMatchObject({
      votes: 106425,
      delegates: 177,
      contestsEntered: 4,
      contestsWon: 3,
    });
    expect(body.candidate.contests.map((c) => [c.contestId, c.votes, c.won])).toEqual([
      ['2004-nd-democratic-caucus', 5366, true],
      ['2004-mi-democratic-caucus', 84818, true],
      ['2004-wa-democratic-caucus', 11397, true],
      ['2004-nc-democratic-caucus', 4844, false],
    ]);
    expect(body.contests.map((c) => c.id)).toEqual(body.candidate.contests.map((c) => c.contestId));
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
