import { candidates, contests, summaries } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Hit = {
  contest: { id: string; state: string };
  candidate: { id: string; name: string };
  votes: number | null;
  rank: number;
};
type Results = {
  data: {
    terms: string[];
    contests: { id: string }[];
    candidates: { id: string; name: string }[];
    results: Hit[];
  };
};

async function search(q: string, extra = ''): Promise<Results['data']> {
  const response = await call(`/v1/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return ((await expectDeclared(response, '/v1/search')) as Results).data;
}
const ids = (r: Results['data']) => [...r.contests.map((c) => c.id), ...r.candidates.map((c) => c.id)];
/** The contests of a state, as the data package has them, in the API's order (by date, then id). */
const contestsOf = (state: string) =>
  summaries
    .filter((summary) => summary.state === state)
    .sort((a, b) =>
      (a.date ?? '9') < (b.date ?? '9') ? -1 : (a.date ?? '9') > (b.date ?? '9') ? 1 : a.id < b.id ? -1 : 1,
    )
    .map((summary) => summary.id);
/** Candidates whose name has a word starting with `term`, by id, as the data package has them. */
const candidatesNamed = (term: string) =>
  candidates
    .filter((c) =>
      c.candidate
        .toLowerCase()
        .split(/[^a-z]+/)
        .some((word) => word.startsWith(term)),
    )
    .map((c) => c.candidateId);

describe('GET /v1/search', () => {
  it('finds a candidate by surname, in any case or accent, named as every answer names one', async () => {
    expect(ids(await search('kerry'))).toEqual(candidatesNamed('kerry'));
    expect(ids(await search('KÉRRY'))).toEqual(candidatesNamed('kerry'));
    expect((await search('KÉRRY')).terms).toEqual(['kerry']);
    expect((await search('kerry')).candidates[0]).toMatchObject({
      id: 'john-kerry',
      name: candidates.find((c) => c.candidateId === 'john-kerry')?.candidate,
      kind: 'candidate',
    });
  });

  it('finds a contest by state name, abbreviated name or code', async () => {
    const northDakota = contestsOf('North Dakota');
    expect(northDakota).toContain('2004-nd-democratic-caucus');
    expect(ids(await search('N. Dakota'))).toEqual(northDakota);
    expect(ids(await search('nd'))).toEqual(northDakota);
    expect(ids(await search('north car'))).toEqual(contestsOf('North Carolina'));
  });

  it('ranks whole-name matches first and honours limit', async () => {
    const north = await search('north');
    expect(north.contests.map((c) => c.id).sort()).toEqual(
      [...contestsOf('North Carolina'), ...contestsOf('North Dakota')].sort(),
    );
    // Equal matches come in candidate order (by id): Edwards before Kerry.
    expect(ids(await search('john e', '&limit=1'))).toEqual(['john-edwards']);
    expect(ids(await search('john kerry', '&limit=1'))).toEqual(['john-kerry']);
  });

  it('finds nothing for a name that is not there', async () => {
    expect(ids(await search('lincoln'))).toEqual([]);
    expect((await search('lincoln michigan')).results).toEqual([]);
  });

  it("finds a candidate's result in a contest when the query names both, in either order", async () => {
    const michigan = await search('michigan kerry');
    expect(michigan.results[0]).toMatchObject({
      contest: { id: '2004-mi-democratic-caucus', state: 'Michigan' },
      // The name the data package gives him across every source (an OpenElections file may write it in full).
      candidate: {
        id: 'john-kerry',
        name: candidates.find((c) => c.candidateId === 'john-kerry')?.candidate,
      },
      votes: 84818,
      rank: 1,
    });
    expect((await search('kerry michigan')).results[0]).toEqual(michigan.results[0]);
    // MI is also the start of Missouri and Mississippi, whose contests the data holds too: Michigan's is among them.
    expect((await search('John Kerry, MI', '&limit=50')).results).toContainEqual(michigan.results[0]);
    // Neither name alone is the whole query, so neither list holds it.
    expect(ids(michigan)).toEqual([]);
  });

  it('finds every contest and candidate pair the data has, by state and surname', async () => {
    for (const contest of contests) {
      for (const row of contest.results.filter((r) => r.kind === 'candidate')) {
        const surname = row.candidate.split(' ').at(-1) ?? row.candidate;
        const found = await search(`${contest.state} ${surname}`, '&limit=50');
        expect(
          found.results.some((hit) => hit.contest.id === contest.id && hit.candidate.id === row.candidateId),
          `${contest.state} ${surname}`,
        ).toBe(true);
        for (const hit of found.results) {
          const inContest = contests.find((c) => c.id === hit.contest.id);
          // Every pair found is a real result: the candidate ran in that contest, with those votes.
          expect(inContest?.results.find((r) => r.candidateId === hit.candidate.id)?.votes).toBe(hit.votes);
        }
      }
    }
  });

  it('counts the length in characters, as JSON Schema does, not in UTF-16 units', async () => {
    // 60 astral letters and 40 ASCII: 100 characters, 160 UTF-16 units.
    const q = `${'\u{1D400}'.repeat(60)}${'a'.repeat(40)}`;
    expect((await call(`/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    const longer = await call(`/v1/search?q=${encodeURIComponent(`${q}a`)}`);
    expect(((await expectDeclared(longer, '/v1/search')) as { type: string }).type).toBe(
      '/problems/invalid-parameter/',
    );
  });

  it.each([
    ['', 'q', 'custom'],
    ['...', 'q', 'custom'],
    ['a'.repeat(101), 'q', 'custom'],
    ['a b c d e f g h i', 'q', 'custom'],
  ])('refuses q=%j with a 400 problem', async (q, name, code) => {
    const response = await call(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/search')) as { issues: unknown[] };
    expect(body.issues).toContainEqual(expect.objectContaining({ location: 'query', name, code }));
  });

  it('accepts exactly what the pattern the document states accepts', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { pattern: string } }[] } }>;
    };
    const q = doc.paths['/v1/search']?.get.parameters.find((p) => p.name === 'q');
    const pattern = new RegExp(q?.schema.pattern ?? '$^', 'u');
    for (const text of [
      'kerry',
      'a b c d e f g h',
      'a b c d e f g h i',
      '...',
      '¡Kerry!',
      '\u0301',
      '2004',
    ]) {
      const status = (await call(`/v1/search?q=${encodeURIComponent(text)}`)).status;
      expect([text, status]).toEqual([text, pattern.test(text) ? 200 : 400]);
    }
  });

  it('refuses a missing q and a limit over 50, or not in decimal digits', async () => {
    for (const query of ['', '?q=kerry&limit=51', '?q=kerry&limit=0x10', '?q=kerry&limit=1e1']) {
      const response = await call(`/v1/search${query}`);
      expect(response.status).toBe(400);
      await expectDeclared(response, '/v1/search');
    }
  });
});
