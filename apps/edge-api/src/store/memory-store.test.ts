import { byDateThenId } from '@tally/core';
import { candidates, contests, manifest, races, summaries } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';

const store = createMemoryStore({ contests, summaries, races, candidates, manifest });

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
    expect(record?.races.map((r) => [r.raceId, r.contestsWon])).toEqual([['2004-democratic', 1]]);
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
