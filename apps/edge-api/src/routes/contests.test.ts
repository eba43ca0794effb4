import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Summary = {
  id: string;
  totalVotes: number | null;
  totalDelegates: number | null;
  winner: { candidateId: string };
};
type List = {
  data: Summary[];
  page: { limit: number; total: number; nextCursor: string | null };
  links: { self: string; first: string; prev: string | null; next: string | null };
  attribution: { text: string; license: string };
};

async function list(query = ''): Promise<List> {
  const response = await call(`/v1/contests${query}`);
  expect(response.status).toBe(200);
  return (await expectDeclared(response, '/v1/contests')) as List;
}

const ALL = [
  '2004-nd-democratic-caucus',
  '2004-mi-democratic-caucus',
  '2004-wa-democratic-caucus',
  '2004-nc-democratic-caucus',
];

describe('GET /v1/contests', () => {
  it('lists the four seed contests by date, with their totals and winners', async () => {
    const body = await list();
    expect(body.data.map((s) => s.id)).toEqual(ALL);
    expect(body.data.map((s) => [s.totalVotes, s.totalDelegates, s.winner.candidateId])).toEqual([
      [10558, 14, 'john-kerry'],
      [163769, 128, 'john-kerry'],
      [23541, 76, 'john-kerry'],
      [17809, 107, 'john-edwards'],
    ]);
    expect(body.page).toEqual({ limit: 20, total: 4, nextCursor: null });
    expect(body.attribution.license).toBe('CC BY-SA 4.0');
  });

  it('filters by state code or name, year, party, type and dates', async () => {
    const ids = async (query: string) => (await list(query)).data.map((s) => s.id);
    expect(await ids('?state=ND')).toEqual(['2004-nd-democratic-caucus']);
    expect(await ids('?state=north%20carolina')).toEqual(['2004-nc-democratic-caucus']);
    expect(await ids('?year=2004&party=Democratic&type=caucus')).toEqual(ALL);
    expect(await ids('?type=primary')).toEqual([]);
    expect(await ids('?year=2008')).toEqual([]);
    expect(await ids('?from=2004-02-07&to=2004-02-07')).toEqual(ALL.slice(1, 3));
    expect(await ids('?from=2004-03-01')).toEqual(['2004-nc-democratic-caucus']);
  });

  it('pages with limit and the cursor it hands out, linking each page to the next', async () => {
    const first = await list('?limit=3');
    expect(first.data.map((s) => s.id)).toEqual(ALL.slice(0, 3));
    expect(first.page.total).toBe(4);
    expect(first.links.prev).toBeNull();
    expect(first.page.nextCursor).not.toBeNull();
    const second = await list(`?limit=3&cursor=${first.page.nextCursor}`);
    expect(second.data.map((s) => s.id)).toEqual(ALL.slice(3));
    expect(second.page.nextCursor).toBeNull();
    expect(second.links.next).toBeNull();
    expect(second.links.prev).toBe('/v1/contests?limit=3');
    const viaLink = await list(first.links.next?.slice('/v1/contests'.length));
    expect(viaLink).toEqual(second);
  });

  it.each([
    ['?limit=0', 'limit', 'too-small'],
    ['?limit=101', 'limit', 'too-big'],
    ['?limit=ten', 'limit', 'invalid-type'],
    ['?year=04', 'year', 'too-small'],
    ['?type=convention', 'type', 'invalid-value'],
    ['?from=2004-13-01', 'from', 'invalid-format'],
    ['?from=2004-03-01&to=2004-02-01', 'to', 'custom'],
    ['?cursor=abc', 'cursor', 'custom'],
    ['?state=', 'state', 'too-small'],
    ['?sate=ND', 'sate', 'unrecognized-key'],
    ['?year=2004&year=2008', 'year', 'invalid-type'],
  ])('refuses %s with a 400 problem naming %s', async (query, name, code) => {
    const response = await call(`/v1/contests${query}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/contests')) as { type: string; issues: unknown[] };
    expect(body.type).toBe('https://tally.dev/problems/invalid-parameter');
    expect(body.issues).toContainEqual(expect.objectContaining({ location: 'query', name, code }));
  });
});

type Detail = {
  contest: {
    id: string;
    results: { candidateId: string; votes: number; percent: number; delegates: number; line: number }[];
    totals: { votes: number; delegates: number };
    findings: { code: string }[];
  };
  tally: { winner: { candidateId: string }; totals: { votes: number; statedVotes: number } };
  delegateModel: { model: true; delegates: number } | null;
  provenance: {
    source: { file: string; sha256: string };
    article: { title: string; url: string };
    credit: string;
    attribution: { license: string };
    dataVersion: string;
  };
};

describe('GET /v1/contests/{id}', () => {
  it('gives the North Dakota caucus in full, with its tally, model and provenance', async () => {
    const response = await call('/v1/contests/2004-nd-democratic-caucus');
    expect(response.status).toBe(200);
    const body = (await expectDeclared(response, '/v1/contests/{id}')) as Detail;
    const kerry = body.contest.results.find((r) => r.candidateId === 'john-kerry');
    expect(kerry).toMatchObject({ votes: 5366, percent: 50.82, delegates: 9 });
    expect(body.contest.totals).toMatchObject({ votes: 10558, delegates: 14 });
    expect(body.tally.winner.candidateId).toBe('john-kerry');
    expect(body.tally.totals).toMatchObject({ votes: 10558, statedVotes: 10558 });
    expect(body.delegateModel?.model).toBe(true);
    expect(Array.isArray(body.contest.findings)).toBe(true);
    expect(body.provenance.source.file).toMatch(/north-dakota/);
    expect(body.provenance.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.provenance.article).toEqual({
      title: '2004 North Dakota Democratic presidential caucuses',
      url: 'https://en.wikipedia.org/wiki/2004_North_Dakota_Democratic_presidential_caucuses',
    });
    expect(body.provenance.credit).toContain('CC BY-SA 4.0');
    expect(body.provenance.attribution.license).toBe('CC BY-SA 4.0');
  });

  it('answers 404 with a problem for an unknown id', async () => {
    const response = await call('/v1/contests/1900-zz-whig-caucus');
    expect(response.status).toBe(404);
    expect(await expectDeclared(response, '/v1/contests/{id}')).toEqual({
      type: 'https://tally.dev/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No contest has this id.',
      instance: '/v1/contests/1900-zz-whig-caucus',
    });
  });

  it('answers 400 for an id that cannot be one', async () => {
    const response = await call('/v1/contests/2004-ND-Democratic');
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/contests/{id}')) as { issues: unknown[] };
    expect(body.issues).toEqual([
      {
        location: 'path',
        name: 'id',
        code: 'invalid-format',
        message: 'lower-case letters and digits in hyphen-separated words',
      },
    ]);
  });
});

describe('GET /v1/contests/{id}/results', () => {
  const path = '/v1/contests/2004-nd-democratic-caucus/results';
  const csv = [
    'candidate,candidate_id,kind,withdrawn,votes,percent,delegates,line',
    'John Kerry,john-kerry,candidate,false,5366,50.82,9,',
  ];

  it('gives JSON by default, rows in table order with their lines', async () => {
    const response = await call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toBe('Accept');
    const body = (await expectDeclared(response, '/v1/contests/{id}/results')) as Detail['contest'] & {
      contestId: string;
    };
    expect(body.contestId).toBe('2004-nd-democratic-caucus');
    expect(body.results.map((r) => r.votes)).toEqual([5366, 2502, 1231, 1025, 308, 98, 28]);
    expect(body.totals).toMatchObject({ votes: 10558, delegates: 14 });
  });

  it.each([
    ['Accept: text/csv', { headers: { accept: 'text/csv' } }, ''],
    ['?format=csv', {}, '?format=csv'],
    ['?format=csv over Accept: application/json', { headers: { accept: 'application/json' } }, '?format=csv'],
  ])('gives CSV for %s', async (_, init, query) => {
    const response = await call(`${path}${query}`, init);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('link')).toContain('rel="license"');
    const text = (await expectDeclared(response, '/v1/contests/{id}/results')) as string;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(csv[0]);
    expect(lines[1]).toMatch(/^John Kerry,john-kerry,candidate,false,5366,50\.82,9,\d+$/);
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('');
  });

  it('gives JSON for ?format=json even when CSV is asked for', async () => {
    const response = await call(`${path}?format=json`, { headers: { accept: 'text/csv' } });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('refuses an unknown format, and answers 404 for an unknown contest', async () => {
    const bad = await call(`${path}?format=xml`);
    expect(bad.status).toBe(400);
    await expectDeclared(bad, '/v1/contests/{id}/results');
    const missing = await call('/v1/contests/1900-zz-whig-caucus/results?format=csv');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    await expectDeclared(missing, '/v1/contests/{id}/results');
  });
});
