import type { ContestSummary } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { buildContestIndex } from './contest-index.js';

function summary(id: string, state: string, stateCode: string, date: string | null, party = 'Democratic') {
  const [year] = id.split('-');
  return {
    id,
    title: id,
    year: Number(year),
    state,
    stateCode,
    party,
    raceId: `${year}-${party.toLowerCase()}`,
    type: id.endsWith('caucus') ? 'caucus' : 'primary',
    date,
    unit: 'votes',
    totalVotes: null,
    totalDelegates: null,
    outcome: 'no-votes',
    winner: null,
    undetermined: null,
    findings: { error: 0, warning: 0, info: 0, acknowledged: 0 },
    findingsBrief: [],
    source: { file: `${id}.txt`, sha256: '0'.repeat(64) },
    sources: ['wikipedia'],
    coverage: 'statewide',
  } satisfies ContestSummary;
}

const index = buildContestIndex([
  summary('2004-wa-democratic-caucus', 'Washington', 'WA', '2004-02-07'),
  summary('2008-nd-republican-caucus', 'North Dakota', 'ND', '2008-02-05', 'Republican'),
  summary('2004-nd-democratic-caucus', 'North Dakota', 'ND', '2004-02-03'),
  summary('2004-xx-democratic-primary', 'Somewhere', 'XX', null),
  summary('2004-mi-democratic-caucus', 'Michigan', 'MI', '2004-02-07'),
]);
const ids = (filter: Parameters<typeof index.select>[0]) => index.select(filter).map((s) => s.id);

describe('buildContestIndex', () => {
  it('orders contests by date, then id, undated last', () => {
    expect(index.ordered.map((s) => s.id)).toEqual([
      '2004-nd-democratic-caucus',
      '2004-mi-democratic-caucus',
      '2004-wa-democratic-caucus',
      '2008-nd-republican-caucus',
      '2004-xx-democratic-primary',
    ]);
  });

  it('selects everything without a filter', () => {
    expect(ids({})).toHaveLength(5);
  });

  it('selects by state code or name, in any case', () => {
    expect(ids({ state: 'nd' })).toEqual(['2004-nd-democratic-caucus', '2008-nd-republican-caucus']);
    expect(ids({ state: 'NORTH dakota' })).toEqual([
      '2004-nd-democratic-caucus',
      '2008-nd-republican-caucus',
    ]);
    expect(ids({ state: 'Dakota' })).toEqual([]);
  });

  it('combines year, party and type', () => {
    expect(ids({ year: 2004, state: 'ND' })).toEqual(['2004-nd-democratic-caucus']);
    expect(ids({ party: 'republican' })).toEqual(['2008-nd-republican-caucus']);
    expect(ids({ type: 'primary' })).toEqual(['2004-xx-democratic-primary']);
    expect(ids({ year: 2008, party: 'democratic' })).toEqual([]);
  });

  it('selects a date range, both ends included, leaving undated contests out', () => {
    expect(ids({ from: '2004-02-07' })).toEqual([
      '2004-mi-democratic-caucus',
      '2004-wa-democratic-caucus',
      '2008-nd-republican-caucus',
    ]);
    expect(ids({ to: '2004-02-07' })).toEqual([
      '2004-nd-democratic-caucus',
      '2004-mi-democratic-caucus',
      '2004-wa-democratic-caucus',
    ]);
    expect(ids({ from: '2004-02-04', to: '2004-02-06' })).toEqual([]);
    expect(ids({ state: 'nd', from: '2005-01-01' })).toEqual(['2008-nd-republican-caucus']);
  });
});
