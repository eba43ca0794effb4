import worker from '@tally/edge-api';
import type { ExecutionContext } from 'hono';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { tallyClient } from './tally-client.js';

// The client's fetch answers from the Worker in this process: the same routes it serves when deployed.
const context = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const client = tallyClient('http://tally.test', async (input, init) =>
  worker.fetch(new Request(input, init), {}, context),
);

describe('tallyClient', () => {
  it('gets a contest with its path parameter typed, and a typed body in the one envelope', async () => {
    const response = await client.v1.contests[':id'].$get({ param: { id: '2004-nd-democratic-caucus' } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const { data, links, meta } = await response.json();
    expectTypeOf(data.totals.votes).toEqualTypeOf<number | null>();
    expectTypeOf(data.winner).toEqualTypeOf<{
      id: string;
      name: string;
      kind: 'candidate' | 'uncommitted' | 'write-in' | 'other';
    } | null>();
    expect(data.totals.votes).toBe(10558);
    expect(data.results.find((r) => r.candidate.id === 'john-kerry')?.votes).toBe(5366);
    expect(data.winner?.id).toBe('john-kerry');
    expect(links.race).toBe('/v1/races/2004-democratic');
    expect(meta.attribution.license).toBe('CC BY-SA 4.0');
  });

  it('gets a race with its standings and the delegates it needs to win', async () => {
    const response = await client.v1.races[':id'].$get({ param: { id: '2004-democratic' } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const { data } = await response.json();
    expectTypeOf(data.standings[0]?.delegatesNeeded).toEqualTypeOf<number | null | undefined>();
    expect(data.standings[0]?.candidate.id).toBe('john-kerry');
    expect(data.delegatesToWin?.value).toBe(2162);
  });

  it('passes typed query parameters and reads a typed page', async () => {
    const response = await client.v1.contests.$get({ query: { state: 'ND', limit: '5' } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const { data, meta } = await response.json();
    expect(data.map((s) => s.id)).toEqual(['2004-nd-democratic-caucus']);
    expect(meta.page).toEqual({ limit: 5, total: 1, nextCursor: null });
  });

  it('types the problem of a 404', async () => {
    const response = await client.v1.candidates[':id'].$get({ param: { id: 'abraham-lincoln' } });
    expect(response.status).toBe(404);
    if (response.status !== 404) return;
    const problem = await response.json();
    expectTypeOf(problem.type).toEqualTypeOf<string>();
    expect(problem.type).toBe('/problems/not-found/');
  });

  it('builds URLs with the same types', () => {
    expect(client.v1.search.$url({ query: { q: 'kerry' } }).href).toBe('http://tally.test/v1/search?q=kerry');
    expect(
      client.v1.races[':id'].results.$url({ param: { id: '2004-democratic' }, query: { format: 'csv' } })
        .href,
    ).toBe('http://tally.test/v1/races/2004-democratic/results?format=csv');
  });
});
