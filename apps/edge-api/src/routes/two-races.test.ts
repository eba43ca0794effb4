import { type Contest, candidateRecords, raceMetadataOf, summarizeContest, tallyRaces } from '@tally/core';
import { contests, manifest, races } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createMemoryStore } from '../store/memory-store.js';

// The API over the seed articles and one contest of another year and party (North Dakota's, as if of the 2008
// Republican caucus): no race, tally, candidate or result row may mix the two races.
const nd = contests.find((c) => c.id === '2004-nd-democratic-caucus') as Contest;
const other: Contest = {
  ...structuredClone(nd),
  id: '2008-nd-republican-caucus',
  title: '2008 North Dakota Republican presidential caucuses',
  year: 2008,
  party: 'Republican',
  raceId: '2008-republican',
  date: '2008-02-05',
};
// The seed articles alone (the data package's other contests are OpenElections files'), and the other one.
const seeds = contests.filter((c) => (c.format ?? 'article') === 'article');
const all = [...seeds, other];
const tallied = tallyRaces(all, { metadata: races.map(raceMetadataOf) });
const app = createApp(
  createMemoryStore({
    contests: all,
    summaries: all.map(summarizeContest),
    races: tallied,
    candidates: candidateRecords(tallied),
    manifest,
  }),
);
const get = async <T>(path: string): Promise<T> => {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return ((await response.json()) as { data: T }).data;
};
type Standing = { candidate: { id: string }; votes: number; delegates: number };

describe('the API over two races', () => {
  it('lists both races, each with its own contests and cited figures', async () => {
    const list = await get<{ id: string; contestCount: number; delegatesToWin: unknown }[]>('/v1/races');
    expect(list.map((r) => [r.id, r.contestCount])).toEqual(
      tallied
        .map((race) => [race.id, race.contestIds.length])
        .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)),
    );
    expect(list.find((r) => r.id === '2008-republican')).toMatchObject({
      contestCount: 1,
      delegatesToWin: null,
    });
  });

  it('gives each race its own standings, series and rows', async () => {
    for (const [id, kerry] of [
      ['2004-democratic', { votes: 106425, delegates: 177 }],
      ['2008-republican', { votes: 5366, delegates: 9 }],
    ] as const) {
      const race = await get<{
        contests: { raceId: string }[];
        standings: Standing[];
        series: { contestIds: string[] }[];
      }>(`/v1/races/${id}`);
      expect(race.contests.every((c) => c.raceId === id)).toBe(true);
      expect(race.standings.find((s) => s.candidate.id === 'john-kerry')).toMatchObject(kerry);
      const ids = new Set(all.filter((c) => c.raceId === id).map((c) => c.id));
      expect(race.series.every((p) => p.contestIds.every((c) => ids.has(c)))).toBe(true);
      const rows = await get<{ raceId: string }[]>(`/v1/races/${id}/results`);
      expect(rows.every((row) => row.raceId === id)).toBe(true);
    }
  });

  it('tallies race by race, and lists a candidate’s figures per race', async () => {
    const tally = await get<{ races: { raceId: string; standings: Standing[] }[] }>('/v1/tally?state=nd');
    expect(tally.races.map((r) => [r.raceId, r.standings[0]?.votes])).toEqual([
      ['2004-democratic', 5366],
      ['2008-republican', 5366],
    ]);
    const kerry = await get<{
      races: { raceId: string; votes: number; contests: { contestId: string }[] }[];
    }>('/v1/candidates/john-kerry');
    expect(kerry.races.map((r) => [r.raceId, r.votes, r.contests.length])).toEqual([
      ['2004-democratic', 106425, 4],
      ['2008-republican', 5366, 1],
    ]);
  });
});
