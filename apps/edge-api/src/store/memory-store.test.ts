import { candidates, contests, manifest, summaries } from '@tally/data';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store.js';

const store = createMemoryStore({ contests, summaries, candidates, manifest });

describe('createMemoryStore over the data package', () => {
  it('lists contests by date then id, a page at a time, with the full count', async () => {
    const page = await store.listContests({}, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((s) => s.id)).toEqual(['2004-mi-democratic-caucus', '2004-wa-democratic-caucus']);
  });

  it('computes a contest tally once and hands the same record back after', async () => {
    const first = await store.getContest('2004-nd-democratic-caucus');
    expect(first?.tally.winner?.candidateId).toBe('john-kerry');
    expect(first?.tally.totals.votes).toBe(10558);
    expect(await store.getContest('2004-nd-democratic-caucus')).toBe(first);
    expect(await store.getContest('2004-zz-democratic-caucus')).toBeNull();
  });

  it("gives a candidate's aggregate with the summaries of the contests entered, in the same order", async () => {
    const record = await store.getCandidate('john-edwards');
    expect(record?.candidate.contestsWon).toBe(1);
    expect(record?.contests.map((s) => s.id)).toEqual(record?.candidate.contests.map((c) => c.contestId));
    expect(await store.getCandidate('nobody')).toBeNull();
  });

  it('tallies only the contests the filter selects, and says which filter it used', async () => {
    const tally = await store.tally({ state: 'Michigan' });
    expect(tally.filter).toEqual({ state: 'Michigan' });
    expect(tally.contests).toBe(1);
    expect(tally.candidates[0]).toMatchObject({ candidateId: 'john-kerry', votes: 84818 });
  });

  it('searches contests and candidates with the same folded terms', async () => {
    const hits = await store.search('Kérry', 10);
    expect(hits.terms).toEqual(['kerry']);
    expect(hits.candidates.map((c) => c.candidateId)).toEqual(['john-kerry']);
    expect(hits.contests).toEqual([]);
  });
});
