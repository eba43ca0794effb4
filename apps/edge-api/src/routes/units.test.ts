import { type Contest, resultsCsv, tallyUnit, type Unit, unitRecords } from '@tally/core';
import { contests, summaries, unitsOf } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { expectDeclared } from '../testing/conformance.js';
import { call } from '../testing/worker.js';

// The bundled Worker's units: each contest's coarsest, as the data package ships them (units/<id>.json).
const fromFiles = contests.filter((c) => c.format === 'openelections-csv');
const ms = contests.find((c) => c.id === '2004-ms-democratic-primary') as Contest;

type UnitItem = {
  id: string;
  contestId: string;
  type: string;
  name: string;
  fips: string | null;
  votes: number | null;
  outcome: string;
  winner: { id: string; name: string; kind: string } | null;
  results: { rank: number; candidate: { id: string }; votes: number | null; share: number | null }[];
};
type UnitPage = {
  data: UnitItem[];
  links: { self: string; next: string | null; csv: string; contest: string };
  meta: { page: { total: number; nextCursor: string | null }; attribution: { sources: { kind: string }[] } };
};

async function page(contestId: string, query = ''): Promise<UnitPage> {
  const response = await call(`/v1/contests/${contestId}/units${query}`);
  expect(response.status, query).toBe(200);
  expect(response.headers.get('vary')).toContain('Accept');
  return (await expectDeclared(response, '/v1/contests/{id}/units')) as UnitPage;
}

describe('GET /v1/contests/{id}/units', () => {
  it('lists a contest’s units in its order, each with its winner and shares, a page at a time', async () => {
    const units = (await unitsOf(ms.id)) as Unit[];
    const body = await page(ms.id);
    expect(body.data.map((u) => u.id)).toEqual(units.slice(0, 20).map((u) => u.id));
    expect(body.meta.page.total).toBe(units.length);
    for (const [i, item] of body.data.entries()) {
      const tally = tallyUnit(units[i] as Unit);
      expect(item.contestId).toBe(ms.id);
      expect(item.votes).toBe(tally.votes);
      expect(item.winner?.id ?? null).toBe(tally.winner?.candidateId ?? null);
      expect(item.results.map((r) => [r.candidate.id, r.votes, r.share])).toEqual(
        tally.standings.map((s) => [s.candidateId, s.votes, s.share]),
      );
    }
    expect(body.links.contest).toBe(`/v1/contests/${ms.id}`);
    expect(body.links.csv).toBe(`/v1/contests/${ms.id}/units?format=csv`);
    // The figures are OpenElections': the credit names OpenElections only.
    expect(body.meta.attribution.sources.map((s) => s.kind)).toEqual(['openelections']);
  });

  it('pages with limit and cursor through every unit of the largest contest', async () => {
    const largest = [...fromFiles].sort(
      (a, b) =>
        (summaries.find((s) => s.id === b.id)?.totalVotes ?? 0) -
        (summaries.find((s) => s.id === a.id)?.totalVotes ?? 0),
    )[0] as Contest;
    const units = (await unitsOf(largest.id)) as Unit[];
    const seen: string[] = [];
    for (let cursor: string | null = '0'; cursor !== null; ) {
      const body: UnitPage = await page(largest.id, `?limit=100&cursor=${cursor}`);
      seen.push(...body.data.map((u) => u.id));
      cursor = body.meta.page.nextCursor;
    }
    expect(seen).toEqual(units.map((u) => u.id));
  });

  it('filters by type and by the first words of the name, any case, accents and punctuation', async () => {
    for (const contest of fromFiles.slice(0, 6)) {
      const units = (await unitsOf(contest.id)) as Unit[];
      const type = units[0]?.type ?? 'county';
      const byType = await page(contest.id, `?type=${type}&limit=100`);
      expect(byType.meta.page.total).toBe(units.filter((u) => u.type === type).length);
      const name = units[0]?.name ?? '';
      const byName = await page(contest.id, `?name=${encodeURIComponent(name.toLowerCase())}&limit=100`);
      expect(byName.data.map((u) => u.id)).toContain(units[0]?.id);
      expect(byName.data.every((u) => u.name.toLowerCase().startsWith(name.toLowerCase()))).toBe(true);
    }
    expect((await page(ms.id, '?name=alc')).data).toEqual([]);
    expect((await page(ms.id, '?name=ALCORN')).data.map((u) => u.id)).toEqual(['county-alcorn']);
  });

  it('gives every unit the filter selects as CSV, in the one results layout, with a file name', async () => {
    const response = await call(`/v1/contests/${ms.id}/units?format=csv&type=county`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="tally-${ms.id}-units.csv"`,
    );
    expect(response.headers.get('link')).toContain('rel="describedby"');
    const units = ((await unitsOf(ms.id)) as Unit[]).filter((u) => u.type === 'county');
    expect(await response.text()).toBe(resultsCsv(unitRecords(ms, units, units)));
    const viaAccept = await call(`/v1/contests/${ms.id}/units?type=county`, {
      headers: { accept: 'text/csv' },
    });
    expect(viaAccept.headers.get('content-disposition')).toContain('units.csv');
  });

  it('gives an article’s contest no units, and 404 for an unknown contest', async () => {
    const body = await page('2004-nd-democratic-caucus');
    expect(body.data).toEqual([]);
    expect(body.meta.attribution.sources.map((s) => s.kind)).toEqual(['wikipedia']);
    const missing = await call('/v1/contests/1900-zz-whig-caucus/units');
    expect(missing.status).toBe(404);
    await expectDeclared(missing, '/v1/contests/{id}/units');
  });

  it.each([
    ['?type=state', 'type'],
    ['?name=', 'name'],
    ['?limit=101', 'limit'],
    ['?format=xml', 'format'],
    ['?county=alcorn', 'county'],
  ])('refuses %s with a 400 problem naming %s', async (query, name) => {
    const response = await call(`/v1/contests/${ms.id}/units${query}`);
    expect(response.status).toBe(400);
    const body = (await expectDeclared(response, '/v1/contests/{id}/units')) as {
      issues: { name: string }[];
    };
    expect(body.issues.map((issue) => issue.name)).toContain(name);
  });
});

describe('GET /v1/contests/{id}/units/{unitId}', () => {
  it('gives a unit in full: its result, its rows and the file’s credit', async () => {
    const unit = ((await unitsOf(ms.id)) as Unit[]).find((u) => u.id === 'county-amite') as Unit;
    const response = await call(`/v1/contests/${ms.id}/units/county-amite`);
    expect(response.status).toBe(200);
    const { data, links, meta } = (await expectDeclared(response, '/v1/contests/{id}/units/{unitId}')) as {
      data: UnitItem & {
        provenance: { file: string; lines: number[]; credit: { kind: string; repository: string } };
        stated: unknown;
        children: string[];
      };
      links: Record<string, string | null>;
      meta: { attribution: { sources: { kind: string }[] } };
    };
    expect(data.id).toBe('county-amite');
    expect(data.fips).toBe(unit.fips);
    expect(data.votes).toBe(tallyUnit(unit).votes);
    expect(data.provenance.file).toBe(unit.file ?? ms.source.file);
    expect(data.provenance.lines).toEqual(unit.lines);
    expect(data.provenance.credit.kind).toBe('openelections');
    expect(data.provenance.credit.repository).toBe(
      ms.sources?.find((s) => s.file === data.provenance.file)?.credit.repository,
    );
    expect(data.stated).toEqual(unit.stated);
    // The bundled Worker holds the coarsest units: Amite's precincts are the D1 Worker's.
    expect(data.children).toEqual([]);
    expect(links).toEqual({
      self: `/v1/contests/${ms.id}/units/county-amite`,
      contest: `/v1/contests/${ms.id}`,
      units: `/v1/contests/${ms.id}/units`,
      parent: null,
    });
    expect(meta.attribution.sources.map((s) => s.kind)).toEqual(['openelections']);
  });

  it('starts with the fields its list item has, with the same values', async () => {
    const item = (await page(ms.id, '?name=amite')).data[0];
    const { data } = (await (await call(`/v1/contests/${ms.id}/units/county-amite`)).json()) as {
      data: UnitItem;
    };
    expect(data).toMatchObject(item as object);
  });

  it('answers 404 for a unit the contest has not, and 400 for an id that is no id', async () => {
    const missing = await call(`/v1/contests/${ms.id}/units/county-nowhere`);
    expect(missing.status).toBe(404);
    expect(
      ((await expectDeclared(missing, '/v1/contests/{id}/units/{unitId}')) as { detail: string }).detail,
    ).toBe('The contest has no unit with this id.');
    expect((await call('/v1/contests/1900-zz-whig-caucus/units/county-x')).status).toBe(404);
    const invalid = await call(`/v1/contests/${ms.id}/units/County%20Amite`);
    expect(invalid.status).toBe(400);
    await expectDeclared(invalid, '/v1/contests/{id}/units/{unitId}');
  });
});

describe('GET /v1/contests/{id} of a contest read from OpenElections files', () => {
  it('names every source with its credit, and no article', async () => {
    const { data, meta } = (await (await call(`/v1/contests/${ms.id}`)).json()) as {
      data: { provenance: { article: unknown; sources: { file: string; uses: string[] }[]; credit: string } };
      meta: { attribution: { sources: { kind: string }[] } };
    };
    expect(data.provenance.article).toBeNull();
    expect(data.provenance.sources.map((s) => [s.file, s.uses])).toEqual(
      (ms.sources ?? []).map((s) => [s.file, s.uses]),
    );
    expect(data.provenance.credit).toContain('OpenElections (openelections.net)');
    expect(meta.attribution.sources.map((s) => s.kind)).toEqual(['openelections']);
  });
});
