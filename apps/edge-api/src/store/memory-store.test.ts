import { byDateThenId, type Contest, type Unit, unitRecords } from '@tally/core';
import { candidates, contests, manifest, races, summaries, unitsOf } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';

const store = createMemoryStore({ contests, summaries, races, candidates, manifest, unitsOf });

describe('createMemoryStore over the data package', () => {
  it('lists contests by date then id, a page at a time, with the full count', async () => {
    const ordered = [...summaries].sort(byDateThenId).map((s) => s.id);
    const page = await store.listContests({}, { offset: 1, limit: 2 });
    expect(page.total).toBe(summaries.length);
    expect(page.items.map((s) => s.id)).toEqual(ordered.slice(1, 3));
    for (const race of races) {
      expect((await store.listContests({ race: race.id }, { offset: 0, limit: 100 })).total).toBe(
        race.contestIds.length,
      );
    }
    expect((await store.listContests({ race: '1900-whig' }, { offset: 0, limit: 9 })).total).toBe(0);
  });

  it('computes a contest tally once and hands the same record back after', async () => {
    const first = await store.getContest('2004-nd-democratic-caucus');
    expect(first?.tally.winner?.candidateId).toBe('john-kerry');
    expect(first?.tally.totals.votes).toBe(10558);
    expect(await store.getContest('2004-nd-democratic-caucus')).toBe(first);
    expect(await store.getContest('2004-zz-democratic-caucus')).toBeNull();
  });

  it('lists races and gives one with the summaries of its contests, in date order', async () => {
    expect(
      (await store.listRaces({ party: 'DEMOCRATIC' }, { offset: 0, limit: 99 })).items.map((r) => r.id),
    ).toEqual(races.filter((r) => r.party === 'Democratic').map((r) => r.id));
    expect((await store.listRaces({ year: 1900 }, { offset: 0, limit: 9 })).total).toBe(0);
    const record = await store.getRace('2004-democratic');
    expect(record?.contests.map((s) => s.id)).toEqual(record?.race.contestIds);
    expect(await store.getRace('1900-whig')).toBeNull();
  });

  it("gives a race's result rows, every contest's in date order, and null for no race", async () => {
    for (const race of races) {
      const of = contests.filter((c) => c.raceId === race.id);
      const rows = await store.raceResults(race.id);
      expect(rows?.length).toBe(of.reduce((n, c) => n + c.results.length, 0));
      expect([...new Set(rows?.map((r) => r.contestId))]).toEqual(race.contestIds);
    }
    expect(await store.raceResults('1900-whig')).toBeNull();
  });

  it("gives a candidate's record, race by race", async () => {
    const record = await store.getCandidate('john-edwards');
    expect(record).toEqual(candidates.find((c) => c.candidateId === 'john-edwards'));
    expect(await store.getCandidate('nobody')).toBeNull();
  });

  it('tallies only the contests the filter selects, race by race', async () => {
    const [race, ...others] = await store.tally({ state: 'Michigan' });
    expect(others).toEqual([]);
    expect(race?.contestIds).toEqual(['2004-mi-democratic-caucus']);
    expect(race?.candidates[0]).toMatchObject({ candidateId: 'john-kerry', votes: 84818 });
    expect(await store.tally({})).toEqual(races);
  });

  it('searches contests and candidates with the same folded terms', async () => {
    const hits = await store.search('Kérry', 10);
    expect(hits.terms).toEqual(['kerry']);
    expect(hits.candidates.map((c) => c.candidateId)).toEqual(['john-kerry']);
    expect(hits.contests).toEqual([]);
  });
});

describe('createMemoryStore and the units', () => {
  const withUnits = contests.find((c) => c.format === 'openelections-csv') as Contest;

  it('gives a contest’s units as the data package ships them, loaded on first use, filtered and paged', async () => {
    const shipped = (await unitsOf(withUnits.id)) as Unit[];
    const all = await store.listUnits(withUnits.id, {}, null);
    expect(all?.units).toEqual({ items: shipped, total: shipped.length });
    expect(all?.contest).toBe(withUnits);
    expect(all?.summary.id).toBe(withUnits.id);
    const page = await store.listUnits(withUnits.id, {}, { offset: 1, limit: 2 });
    expect(page?.units).toEqual({ items: shipped.slice(1, 3), total: shipped.length });
    const type = shipped[0]?.type;
    expect((await store.listUnits(withUnits.id, { type }, null))?.units.items).toEqual(
      shipped.filter((u) => u.type === type),
    );
    const name = shipped[0]?.name ?? '';
    expect((await store.listUnits(withUnits.id, { name: name.toUpperCase() }, null))?.units.items[0]).toEqual(
      shipped[0],
    );
    expect(await store.listUnits('1900-zz-whig-caucus', {}, null)).toBeNull();
  });

  it('gives one unit with the units inside it; none for an unknown unit or contest', async () => {
    const shipped = (await unitsOf(withUnits.id)) as Unit[];
    const first = shipped[0] as Unit;
    expect((await store.getUnit(withUnits.id, first.id))?.record).toEqual({ unit: first, children: [] });
    expect((await store.getUnit(withUnits.id, first.id))?.contest).toBe(withUnits);
    expect((await store.getUnit(withUnits.id, 'county-nowhere'))?.record).toBeNull();
    expect(await store.getUnit('1900-zz-whig-caucus', first.id)).toBeNull();
  });

  it('gives an article’s contest no units', async () => {
    expect((await store.listUnits('2004-nd-democratic-caucus', {}, null))?.units).toEqual({
      items: [],
      total: 0,
    });
  });

  it('gives the units contests carry, with the units inside them, when no loader is given', async () => {
    const units: Unit[] = [
      {
        ...((await unitsOf(withUnits.id)) as Unit[])[0],
        id: 'county-a',
        parent: null,
        rolledUp: true,
      } as Unit,
      {
        ...((await unitsOf(withUnits.id)) as Unit[])[0],
        id: 'county-a-precinct-1',
        parent: 'county-a',
        type: 'precinct',
        name: 'Precinct 1',
      } as Unit,
    ];
    const carried = createMemoryStore({
      contests: [{ ...withUnits, units }],
      summaries: summaries.filter((s) => s.id === withUnits.id),
      races,
      candidates,
      manifest,
    });
    expect((await carried.getUnit(withUnits.id, 'county-a'))?.record?.children).toEqual([
      'county-a-precinct-1',
    ]);
    expect(
      (await carried.listUnits(withUnits.id, { type: 'precinct' }, null))?.units.items.map((u) => u.id),
    ).toEqual(['county-a-precinct-1']);
    expect((await carried.listUnits(withUnits.id, { name: 'precinct' }, null))?.units.total).toBe(1);
    expect(unitRecords(withUnits, units.slice(1), units)[0]?.county).toBe(units[0]?.name);
  });
});
