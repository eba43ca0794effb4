import { expect, test } from 'vitest';
import { readTitle } from './title.js';

test.each([
  ['2004 North Dakota Democratic presidential caucuses', 2004, 'North Dakota', 'ND', 'Democratic', 'caucus'],
  [
    '2012 New Hampshire Republican presidential primary',
    2012,
    'New Hampshire',
    'NH',
    'Republican',
    'primary',
  ],
  ['2008 West Virginia Democratic primary', 2008, 'West Virginia', 'WV', 'Democratic', 'primary'],
  ['2004 Washington Democratic presidential caucuses', 2004, 'Washington', 'WA', 'Democratic', 'caucus'],
  [
    '2008 District of Columbia Republican primary',
    2008,
    'District of Columbia',
    'DC',
    'Republican',
    'primary',
  ],
  ['2016 Washington, D.C. Democratic primary', 2016, 'District of Columbia', 'DC', 'Democratic', 'primary'],
  [
    '2020 Minnesota Democratic–Farmer–Labor presidential primary',
    2020,
    'Minnesota',
    'MN',
    'Democratic–Farmer–Labor',
    'primary',
  ],
  [
    '2016 Libertarian Party presidential primaries in California',
    2016,
    'California',
    'CA',
    'Libertarian',
    'primary',
  ],
  ['2008 Puerto Rico Democratic presidential primary', 2008, 'Puerto Rico', 'PR', 'Democratic', 'primary'],
])('reads %j', (title, year, state, stateCode, party, type) => {
  expect(readTitle(title)).toEqual({ ok: true, facts: { year, state, stateCode, party, type } });
});

test.each([
  ['North Dakota Democratic presidential caucuses', 'expected a four-digit year'],
  [
    '2004 North Dakota Democratic presidential election',
    'expected "caucus", "caucuses", "primary" or "primaries"',
  ],
  ['2004 Democratic presidential caucuses', 'expected the name of a US state or territory'],
  ['2004 North Dakota presidential caucuses', 'expected a party name, such as "Democratic" or "Republican"'],
])('says what %j lacks', (title, reason) => {
  expect(readTitle(title)).toEqual({ ok: false, reason });
});
