import { describe, expect, test } from 'vitest';
import { outOfScope } from './table-scope.js';
import { readTitle, type TitleFacts } from './title.js';

function factsOf(title: string): TitleFacts {
  const read = readTitle(title);
  if (!read.ok) throw new Error(read.reason);
  return read.facts;
}

const northDakota = factsOf('2004 North Dakota Democratic presidential caucuses');
const iowa = factsOf('2004 Iowa Democratic presidential caucuses');
const dc = factsOf('2004 District of Columbia Democratic presidential primary');

describe('outOfScope', () => {
  test('a text naming another year', () => {
    expect(outOfScope('2008 results', northDakota)).toBe('another year (2008)');
    expect(outOfScope('Results compared with 2000', northDakota)).toBe('another year (2000)');
  });

  test('a text naming another state', () => {
    expect(outOfScope('Results in South Dakota', northDakota)).toBe('another state (South Dakota)');
  });

  test('a text naming another party', () => {
    expect(outOfScope('Republican caucus results', northDakota)).toBe('another party (Republican)');
    expect(outOfScope('GOP caucus', northDakota)).toBe('another party (Republican)');
    expect(outOfScope('Green Party caucus', northDakota)).toBe('another party (Green)');
  });

  test.each([
    ['Results by county', 'by county'],
    ['By county', 'By county'],
    ['Polk County', 'Polk County'],
    ['Cass County results', 'Cass County'],
    ['Orleans Parish', 'Orleans Parish'],
    ['District 3', 'District 3'],
    ['Ward 5', 'Ward 5'],
    ['CD 1', 'CD 1'],
    ['2nd congressional district', 'congressional district'],
    ['Results by congressional district', 'congressional district'],
    ['County results', 'County results'],
    ['Counties', 'Counties'],
  ])('%j is a part of the state', (text, words) => {
    expect(outOfScope(text, iowa)).toBe(`a part of the state ("${words}")`);
  });

  test.each([
    ['Precinct caucus results', iowa],
    ['Results', northDakota],
    ['Statewide results', northDakota],
    ['2004 North Dakota Democratic presidential caucuses', northDakota],
    ['Democratic caucus results', northDakota],
    ['Results (North Dakota)', northDakota],
  ])('%j is the contest the title names', (text, facts) => {
    expect(outOfScope(text, facts)).toBeNull();
  });

  test('District of Columbia is a place, not a district, in a District of Columbia contest', () => {
    expect(outOfScope('District of Columbia', dc)).toBeNull();
    expect(outOfScope('Washington, D.C. results', dc)).toBeNull();
    expect(outOfScope('District of Columbia', northDakota)).toBe('another state (District of Columbia)');
  });

  test('a ward of the District of Columbia is a part of it', () => {
    expect(outOfScope('Ward 5', dc)).toBe('a part of the state ("Ward 5")');
  });

  test('the year comes first among the reasons', () => {
    expect(outOfScope('2008 South Dakota results by county', northDakota)).toBe('another year (2008)');
  });
});

describe('outOfScope: units named after the state', () => {
  // The state's name is blanked out before the unit words are looked for, which leaves the unit without
  // the name it needs (`[A-Z][a-z]+ County`): these tables are read as if they were statewide.
  test.each([
    ['Oklahoma County', '2008 Oklahoma Republican presidential primary'],
    ['Iowa City', '2004 Iowa Democratic presidential caucuses'],
    ['New York City', '2016 New York Democratic presidential primary'],
    ['Utah County', '2016 Utah Republican presidential caucuses'],
  ])('%j in a contest of its own state is a part of the state', (text, title) => {
    expect(outOfScope(text, factsOf(title))).toEqual(expect.stringMatching(/^a part of the state \(/));
  });
});

test('"City of Fargo" is a part of the state, as "city of Fargo" is', () => {
  expect(outOfScope('city of Fargo', northDakota)).toBe('a part of the state ("city of F")');
  expect(outOfScope('City of Fargo', northDakota)).toEqual(expect.stringMatching(/^a part of the state \(/));
});
