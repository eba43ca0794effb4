import {
  byDateThenId,
  type Contest,
  type ContestSummary,
  resultRecords,
  resultsCsv,
  resultsCsvHeader,
} from '@tally/core';
import { contests, summaries } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

type Item = {
  id: string;
  raceId: string;
  totals: { votes: number | null; delegates: number | null };
  winner: { id: string; name: string; kind: string };
};
type List = {
  data: Item[];
  links: { self: string; first: string; prev: string | null; next: string | null };
  meta: {
    page: { limit: number; total: number; nextCursor: string | null };
    attribution: { text: string; license: string };
    dataVersion: string;
  };
};

async function list(query = ''): Promise<List> {
  const response = await call(`/v1/contests${query}`);
  expect(response.status).toBe(200);
  return (await expectDeclared(response, '/v1/contests')) as List;
}

/** Every contest of the data package, in the API's order: by date (undated last), then id. */
const ALL = [...summaries].sort(byDateThenId).map((summary) => summary.id);
const BY_ID = new Map(summaries.map((summary) => [summary.id, summary]));
/** The four seeds, by date: their figures are checked exactly, whatever else the data holds. */
const SEEDS = [
  '2004-nd-democratic-caucus',
  '2004-mi-democratic-caucus',
  '2004-wa-democratic-caucus',
  '2004-nc-democratic-caucus',
];
const CAUCUSES = '?type=caucus';

/** The contests of the data package a filter selects, in the API's order (by date, then id), by id. */
const where = (keep: (summary: ContestSummary) => boolean) =>
  ALL.filter((id) => keep(BY_ID.get(id) as ContestSummary));

describe('GET /v1/contests', () => {
  it('lists every contest by date, with its race, totals and winner; the seeds as they state them', async () => {
    const body = await list('?limit=100');
    expect(body.data.map((s) => s.id)).toEqual(ALL.slice(0, 100));
    const seeds = body.data.filter((s) => SEEDS.includes(s.id));
    expect(seeds.map((s) => [s.id, s.raceId, s.totals.votes, s.totals.delegates, s.winner.id])).toEqual([
      ['2004-nd-democratic-caucus', '2004-democratic', 10558, 14, 'john-kerry'],
      ['2004-mi-democratic-caucus', '2004-democratic', 163769, 128, 'john-kerry'],
      ['2004-wa-democratic-caucus', '2004-democratic', 23541, 76, 'john-kerry'],
      ['2004-nc-democratic-caucus', '2004-democratic', 17809, 107, 'john-edwards'],
    ]);
    expect(seeds[0]?.winner).toEqual({ id: 'john-kerry', name: 'John Kerry', kind: 'candidate' });
    expect((await list()).meta.page).toEqual({
      limit: 20,
      total: ALL.length,
      nextCursor: ALL.length > 20 ? '20' : null,
    });
    expect(body.meta.attribution.license).toBe('CC BY-SA 4.0');
  });

  it('credits the sources of the contests on the page: Wikipedia for articles, OpenElections for files', async () => {
    const kinds = async (query: string) =>
      ((await list(query)).meta.attribution as unknown as { sources: { kind: string }[] }).sources.map(
        (source) => source.kind,
      );
    expect(await kinds(CAUCUSES)).toEqual(['wikipedia']);
    expect(await kinds('?type=primary&year=2008&limit=5')).toEqual(['openelections']);
  });

  it('filters by state code or name, year, party, type and dates', async () => {
    // Every contest a filter selects, in one page (the data holds more than the default 20 for some).
    const ids = async (query: string) => (await list(`${query}&limit=100`)).data.map((s) => s.id);
    expect(await ids('?state=ND')).toEqual(where((s) => s.stateCode === 'ND'));
    expect(await ids('?state=ND')).toContain('2004-nd-democratic-caucus');
    expect(await ids('?state=north%20carolina')).toEqual(where((s) => s.state === 'North Carolina'));
    expect(await ids('?year=2004&party=Democratic&type=caucus')).toEqual(
      where((s) => s.year === 2004 && s.party === 'Democratic' && s.type === 'caucus'),
    );
    expect(await ids('?year=2004&party=Democratic&type=caucus')).toEqual(expect.arrayContaining(SEEDS));
    expect(await ids('?race=2004-democratic')).toEqual(where((s) => s.raceId === '2004-democratic'));
    expect(await ids('?race=1900-whig')).toEqual([]);
    expect(await ids('?type=primary')).toEqual(where((s) => s.type === 'primary'));
    expect(await ids('?year=1900')).toEqual([]);
    expect(await ids('?from=2004-02-07&to=2004-02-07')).toEqual(where((s) => s.date === '2004-02-07'));
    expect(await ids('?from=2004-02-07&to=2004-02-07')).toEqual(
      expect.arrayContaining(['2004-mi-democratic-caucus', '2004-wa-democratic-caucus']),
    );
    expect(await ids('?from=2004-03-01')).toEqual(where((s) => s.date !== null && s.date >= '2004-03-01'));
  });

  it('pages with limit and the cursor it hands out, linking each page to the next', async () => {
    const seen: string[] = [];
    let page = await list('?limit=3');
    expect(page.links.prev).toBeNull();
    for (let start = 0; ; start += 3) {
      expect(page.data.map((s) => s.id)).toEqual(ALL.slice(start, start + 3));
      expect(page.meta.page.total).toBe(ALL.length);
      seen.push(...page.data.map((s) => s.id));
      if (page.meta.page.nextCursor === null) {
        expect(page.links.next).toBeNull();
        break;
      }
      expect(page.meta.page.nextCursor).toBe(String(start + 3));
      const next = await list(`?limit=3&cursor=${page.meta.page.nextCursor}`);
      expect(next.links.prev).toBe(
        start === 0 ? '/v1/contests?limit=3' : `/v1/contests?cursor=${start}&limit=3`,
      );
      expect(await list(page.links.next?.slice('/v1/contests'.length))).toEqual(next);
      page = next;
    }
    expect(seen).toEqual(ALL);
  });

  it('gives an empty page for a cursor past the end', async () => {
    const body = await list('?cursor=9999999');
    expect(body.data).toEqual([]);
    expect(body.meta.page).toEqual({ limit: 20, total: ALL.length, nextCursor: null });
  });

  it.each([
    ['?limit=0', 'limit', 'invalid-format'],
    ['?limit=101', 'limit', 'invalid-format'],
    ['?limit=ten', 'limit', 'invalid-format'],
    ['?limit=0x10', 'limit', 'invalid-format'],
    ['?limit=1e1', 'limit', 'invalid-format'],
    ['?limit=+5', 'limit', 'invalid-format'],
    ['?limit=%205', 'limit', 'invalid-format'],
    ['?limit=5.0', 'limit', 'invalid-format'],
    ['?year=04', 'year', 'invalid-format'],
    ['?year=2e3', 'year', 'invalid-format'],
    ['?year=0x7d4', 'year', 'invalid-format'],
    ['?type=convention', 'type', 'invalid-value'],
    ['?from=2004-13-01', 'from', 'invalid-format'],
    ['?from=2004-03-01&to=2004-02-01', 'to', 'custom'],
    ['?cursor=abc', 'cursor', 'invalid-format'],
    ['?cursor=-1', 'cursor', 'invalid-format'],
    ['?cursor=10000000', 'cursor', 'invalid-format'],
    ['?state=', 'state', 'custom'],
    ['?race=Democrats', 'race', 'invalid-format'],
    ['?sate=ND', 'sate', 'unrecognized-key'],
    ['?year=2004&year=2008', 'year', 'repeated'],
    ['?limit=5&state=ND&limit=5', 'limit', 'repeated'],
  ])('refuses %s with a 400 problem naming %s', async (query, name, code) => {
    const response = await call(`/v1/contests${query}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/contests')) as { type: string; issues: unknown[] };
    expect(body.type).toBe('/problems/invalid-parameter/');
    expect(body.issues).toContainEqual(expect.objectContaining({ location: 'query', name, code }));
  });

  it('says in its own words that a parameter was repeated, naming it and how often', async () => {
    const response = await call('/v1/contests?year=2004&year=2008&year=2012');
    expect(await expectDeclared(response, '/v1/contests')).toEqual({
      type: '/problems/invalid-parameter/',
      title: 'Invalid parameter',
      status: 400,
      detail: 'The query parameter "year" is given 3 times: give it once.',
      instance: '/v1/contests',
      issues: [
        { location: 'query', name: 'year', code: 'repeated', message: 'is given 3 times: give it once' },
      ],
    });
  });
});

type Detail = {
  data: {
    id: string;
    raceId: string;
    results: {
      candidate: { id: string };
      votes: number;
      percent: number;
      share: number;
      delegates: number;
      line: number;
      rank: number;
    }[];
    totals: { votes: number; delegates: number };
    totalRow: { votes: number; delegates: number };
    rowSums: { votes: number };
    winner: { id: string };
    outcome: string;
    findings: { code: string }[];
    delegateModel: { model: true; delegates: number; awards: { candidate: { id: string } }[] } | null;
    provenance: {
      source: { file: string; sha256: string };
      article: { title: string; url: string };
      credit: string;
    };
  };
  links: { self: string; results: string; race: string };
  meta: { attribution: { license: string }; dataVersion: string };
};

describe('GET /v1/contests/{id}', () => {
  it('gives the North Dakota caucus in full, with its outcome, model and provenance', async () => {
    const response = await call('/v1/contests/2004-nd-democratic-caucus');
    expect(response.status).toBe(200);
    const { data, links, meta } = (await expectDeclared(response, '/v1/contests/{id}')) as Detail;
    const kerry = data.results.find((r) => r.candidate.id === 'john-kerry');
    expect(kerry).toMatchObject({ votes: 5366, percent: 50.82, delegates: 9, rank: 1 });
    expect(kerry?.share).toBeCloseTo(5366 / 10558, 12);
    expect(data.totals).toEqual({ votes: 10558, delegates: 14 });
    expect(data.totalRow).toMatchObject({ votes: 10558, delegates: 14 });
    expect(data.rowSums.votes).toBe(10558);
    expect([data.outcome, data.winner.id, data.raceId]).toEqual(['decided', 'john-kerry', '2004-democratic']);
    expect(data.delegateModel?.model).toBe(true);
    expect(data.delegateModel?.awards[0]?.candidate.id).toBe('john-kerry');
    expect(Array.isArray(data.findings)).toBe(true);
    expect(data.provenance.source.file).toMatch(/north-dakota/);
    expect(data.provenance.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(data.provenance.article).toEqual({
      title: '2004 North Dakota Democratic presidential caucuses',
      url: 'https://en.wikipedia.org/wiki/2004_North_Dakota_Democratic_presidential_caucuses',
    });
    expect(data.provenance.credit).toContain('CC BY-SA 4.0');
    expect(links).toEqual({
      self: '/v1/contests/2004-nd-democratic-caucus',
      results: '/v1/contests/2004-nd-democratic-caucus/results',
      units: '/v1/contests/2004-nd-democratic-caucus/units',
      race: '/v1/races/2004-democratic',
    });
    expect(meta.attribution.license).toBe('CC BY-SA 4.0');
  });

  it('gives every contest its delegates at stake with the line of each count, and its findings with any acknowledgement', async () => {
    for (const contest of contests) {
      const { data } = (await (await call(`/v1/contests/${contest.id}`)).json()) as {
        data: {
          delegatesAtStake: unknown;
          findings: unknown[];
          findingCounts: { error: number; acknowledged: number };
          findingsBrief: { code: string; acknowledgement: { reason: string } | null }[];
        };
      };
      expect(data.delegatesAtStake, contest.id).toEqual(contest.delegates);
      expect(data.findings, contest.id).toEqual(contest.findings);
      const acknowledged = contest.findings.filter((finding) => finding.acknowledgement !== undefined);
      expect(data.findingCounts.acknowledged).toBe(acknowledged.length);
      expect(
        data.findingsBrief.flatMap((brief) =>
          brief.acknowledgement === null ? [] : [brief.acknowledgement.reason],
        ),
      ).toEqual(
        acknowledged
          .map((finding) => finding.acknowledgement?.reason)
          .filter((reason) => reason !== undefined),
      );
    }
    const washington = contests.find((contest) => contest.id === '2004-wa-democratic-caucus');
    // The seed's prose: "A total of 76 (of 95) delegates are awarded proportionally."
    expect(washington?.delegates).toMatchObject({ total: 95, pledged: 76 });
  });

  it('starts with the fields its list item has, with the same values', async () => {
    const item = (await list('?state=nd')).data[0];
    const { data } = (await (await call('/v1/contests/2004-nd-democratic-caucus')).json()) as Detail;
    expect(data).toMatchObject(item as object);
  });

  it('answers 404 with a problem for an unknown id', async () => {
    const response = await call('/v1/contests/1900-zz-whig-caucus');
    expect(response.status).toBe(404);
    expect(await expectDeclared(response, '/v1/contests/{id}')).toEqual({
      type: '/problems/not-found/',
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
  const nd = contests.find((c) => c.id === '2004-nd-democratic-caucus') as Contest;

  it('gives JSON by default: the rows in the one results layout, in table order', async () => {
    const response = await call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toBe('Accept');
    const body = (await expectDeclared(response, '/v1/contests/{id}/results')) as {
      data: unknown[];
      links: Record<string, string | null>;
    };
    expect(body.data).toEqual(resultRecords(nd));
    expect(body.links).toEqual({
      self: path,
      csv: `${path}?format=csv`,
      race: '/v1/races/2004-democratic',
      contest: '/v1/contests/2004-nd-democratic-caucus',
    });
  });

  it.each([
    ['Accept: text/csv', { headers: { accept: 'text/csv' } }, ''],
    ['?format=csv', {}, '?format=csv'],
    ['?format=csv over Accept: application/json', { headers: { accept: 'application/json' } }, '?format=csv'],
  ])('gives CSV for %s, in the layout of the data package, with a file name', async (_, init, query) => {
    const response = await call(`${path}${query}`, init);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="tally-2004-nd-democratic-caucus-results.csv"',
    );
    expect(response.headers.get('link')).toContain('rel="license"');
    const text = (await expectDeclared(response, '/v1/contests/{id}/results')) as string;
    expect(text).toBe(resultsCsv(resultRecords(nd)));
    expect(text.split('\r\n')[0]).toBe(resultsCsvHeader().trimEnd());
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
