import type { ContestSummary } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { contestLabel, dataSidebar } from './sidebar.js';

const summary = (id: string, year: number, state: string): ContestSummary => ({
  id,
  title: `${year} ${state} Democratic presidential caucuses`,
  year,
  state,
  stateCode: 'XX',
  party: 'Democratic',
  raceId: `${year}-democratic`,
  type: 'caucus',
  date: `${year}-02-03`,
  unit: 'votes',
  totalVotes: 10,
  totalDelegates: 1,
  outcome: 'no-votes',
  winner: null,
  undetermined: null,
  findings: { error: 0, warning: 0, info: 0, acknowledged: 0 },
  findingsBrief: [],
  source: { file: `${id}.txt`, sha256: '0'.repeat(64) },
  sources: ['wikipedia'],
  coverage: 'statewide',
});

const candidate = { candidateId: 'ann-lee', candidate: 'Ann Lee' };

describe('dataSidebar', () => {
  it('links every contest, newest year first, and every candidate', () => {
    const group = dataSidebar(
      [
        summary('2004-nd-democratic-caucus', 2004, 'North Dakota'),
        summary('2008-wa-democratic-caucus', 2008, 'Washington'),
      ],
      [candidate],
    );
    expect(group).toEqual({
      label: 'Data',
      items: [
        { label: 'Overview', link: '/data/' },
        {
          label: 'Contests',
          collapsed: false,
          items: [
            {
              label: '2008',
              items: [
                { label: 'Washington, Democratic caucus', link: '/data/contests/2008-wa-democratic-caucus/' },
              ],
            },
            {
              label: '2004',
              items: [
                {
                  label: 'North Dakota, Democratic caucus',
                  link: '/data/contests/2004-nd-democratic-caucus/',
                },
              ],
            },
          ],
        },
        {
          label: 'Candidates',
          collapsed: true,
          items: [{ label: 'Ann Lee', link: '/data/candidates/ann-lee/' }],
        },
      ],
    });
  });

  it('links every race after the overview, when there are races', () => {
    const group = dataSidebar(
      [],
      [],
      [{ id: '2004-democratic', name: '2004 Democratic presidential nomination' }],
    );
    expect(group).toMatchObject({
      items: [
        { label: 'Overview', link: '/data/' },
        {
          label: 'Races',
          items: [{ label: '2004 Democratic presidential nomination', link: '/data/races/2004-democratic/' }],
        },
        { label: 'Contests' },
        { label: 'Candidates' },
      ],
    });
  });

  it('names a contest by state, party and kind', () => {
    expect(contestLabel({ state: 'Michigan', party: 'Republican', type: 'primary' })).toBe(
      'Michigan, Republican primary',
    );
  });
});
