import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Results = { terms: string[]; contests: { id: string }[]; candidates: { candidateId: string }[] };

async function search(q: string, extra = ''): Promise<Results> {
  const response = await call(`/v1/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return (await expectDeclared(response, '/v1/search')) as Results;
}
const ids = (r: Results) => [...r.contests.map((c) => c.id), ...r.candidates.map((c) => c.candidateId)];

describe('GET /v1/search', () => {
  it('finds a candidate by surname, in any case or accent', async () => {
    expect(ids(await search('kerry'))).toEqual(['john-kerry']);
    expect(ids(await search('KÉRRY'))).toEqual(['john-kerry']);
    expect((await search('KÉRRY')).terms).toEqual(['kerry']);
  });

  it('finds a contest by state name, abbreviated name or code', async () => {
    expect(ids(await search('N. Dakota'))).toEqual(['2004-nd-democratic-caucus']);
    expect(ids(await search('nd'))).toEqual(['2004-nd-democratic-caucus']);
    expect(ids(await search('north car'))).toEqual(['2004-nc-democratic-caucus']);
  });

  it('ranks whole-name matches first and honours limit', async () => {
    const north = await search('north');
    expect(north.contests.map((c) => c.id).sort()).toEqual([
      '2004-nc-democratic-caucus',
      '2004-nd-democratic-caucus',
    ]);
    expect(ids(await search('john', '&limit=1'))).toEqual(['john-kerry']);
  });

  it('finds nothing for a name that is not there', async () => {
    expect(ids(await search('lincoln'))).toEqual([]);
  });

  it.each([
    ['', 'q', 'custom'],
    ['...', 'q', 'custom'],
    ['a'.repeat(101), 'q', 'too-big'],
    ['a b c d e f g h i', 'q', 'custom'],
  ])('refuses q=%j with a 400 problem', async (q, name, code) => {
    const response = await call(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/search')) as { issues: unknown[] };
    expect(body.issues).toContainEqual(expect.objectContaining({ location: 'query', name, code }));
  });

  it('refuses a missing q and a limit over 50', async () => {
    for (const query of ['', '?q=kerry&limit=51']) {
      const response = await call(`/v1/search${query}`);
      expect(response.status).toBe(400);
      await expectDeclared(response, '/v1/search');
    }
  });
});
