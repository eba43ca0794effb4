import { expect, test } from 'vitest';
import type { ContestFilter } from '../schema/tally.js';
import { filterContests } from './filter.js';

const items = [
  {
    id: 'nd',
    year: 2004,
    state: 'North Dakota',
    stateCode: 'ND',
    party: 'Democratic',
    type: 'caucus',
    date: '2004-02-03',
  },
  {
    id: 'pr',
    year: 2008,
    state: 'Puerto Rico',
    stateCode: 'PR',
    party: 'Republican',
    type: 'primary',
    date: '2008-02-24',
  },
  {
    id: 'dc',
    year: 2008,
    state: 'Washington, D.C.',
    stateCode: 'DC',
    party: 'Démocrat',
    type: 'primary',
    date: '2008-02-12',
  },
  { id: 'gu', year: 2008, state: 'Guam', stateCode: 'GU', party: 'Democratic', type: 'caucus', date: null },
];
const ids = (f?: ContestFilter) => filterContests(items, f).map((c) => c.id);

test('no filter, or an empty one, selects everything in order', () => {
  expect(ids()).toEqual(['nd', 'pr', 'dc', 'gu']);
  expect(ids({})).toEqual(['nd', 'pr', 'dc', 'gu']);
});

test('state by USPS code or by name, in any case and with or without accents and dots', () => {
  expect(ids({ state: 'nd' })).toEqual(['nd']);
  expect(ids({ state: 'north dakota' })).toEqual(['nd']);
  expect(ids({ state: 'PUERTO RÍCO' })).toEqual(['pr']);
  expect(ids({ state: 'washington dc' })).toEqual(['dc']);
  expect(ids({ state: 'Dakota' })).toEqual([]);
});

test('party in any case or accent; year and type exactly', () => {
  expect(ids({ party: 'DEMOCRATIC' })).toEqual(['nd', 'gu']);
  expect(ids({ party: 'democrat' })).toEqual(['dc']);
  expect(ids({ year: 2008 })).toEqual(['pr', 'dc', 'gu']);
  expect(ids({ type: 'primary' })).toEqual(['pr', 'dc']);
  expect(ids({ year: 2008, type: 'caucus', party: 'democratic' })).toEqual(['gu']);
});

test('from and to are inclusive, and leave undated contests out', () => {
  expect(ids({ from: '2004-02-03', to: '2008-02-24' })).toEqual(['nd', 'pr', 'dc']);
  expect(ids({ from: '2004-02-04' })).toEqual(['pr', 'dc']);
  expect(ids({ to: '2004-02-03' })).toEqual(['nd']);
  expect(ids({ from: '2008-02-12', to: '2008-02-12' })).toEqual(['dc']);
  expect(ids({ from: '2009-01-01' })).toEqual([]);
});

test('race matches the race id its year and party give, exactly', () => {
  expect(ids({ race: '2008-democratic' })).toEqual(['gu']);
  expect(ids({ race: '2004-democratic' })).toEqual(['nd']);
  expect(ids({ race: '2008-Democratic' })).toEqual([]);
});
