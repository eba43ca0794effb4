import { describe, expect, test } from 'vitest';
import { countiesNamed, countiesOf, countyTerm, soleCounty } from './counties.js';
import { COUNTY_TABLE } from './county-table.js';
import { countyTableFromAtlas } from './fixtures/us-atlas-counties.js';

describe('the county table', () => {
  test('is what us-atlas’s counties TopoJSON gives, state by state', () => {
    expect({ ...COUNTY_TABLE }).toEqual(countyTableFromAtlas());
  });

  test('gives each state its counties with 5-digit codes', () => {
    expect(countiesOf('DE').map((c) => [c.fips, c.name])).toEqual([
      ['10001', 'Kent'],
      ['10003', 'New Castle'],
      ['10005', 'Sussex'],
    ]);
    expect(countiesOf('ZZ')).toEqual([]);
  });
});

describe('countiesNamed', () => {
  test('matches names in any case, with or without dots and accents', () => {
    expect(countiesNamed('MO', 'STE GENEVIEVE').map((c) => c.fips)).toEqual(['29186']);
    expect(countiesNamed('NM', 'Dona Ana').map((c) => c.fips)).toEqual(['35013']);
    expect(countiesNamed('NM', 'Doña Ana').map((c) => c.fips)).toEqual(['35013']);
  });

  test('a name a county and an independent city share gives both, unless City or County says which', () => {
    expect(countiesNamed('MO', 'ST LOUIS').map((c) => c.fips)).toEqual(['29189', '29510']);
    expect(countiesNamed('MO', 'St. Louis City').map((c) => c.fips)).toEqual(['29510']);
    expect(countiesNamed('MO', 'St. Louis County').map((c) => c.fips)).toEqual(['29189']);
    expect(countiesNamed('MD', 'Baltimore City').map((c) => c.fips)).toEqual(['24510']);
  });

  test('City that is part of the name stays the name', () => {
    expect(countiesNamed('NV', 'Carson City').map((c) => c.fips)).toEqual(['32510']);
    expect(countiesNamed('VA', 'Charles City').map((c) => c.fips)).toEqual(['51036']);
  });

  test('county codes of 500 to 509 are counties (Texas numbers its 254 counties up to 507)', () => {
    expect(countiesNamed('TX', 'YOAKUM').map((c) => [c.fips, c.city])).toEqual([['48501', false]]);
    expect(countiesNamed('TX', 'Zavala').map((c) => [c.fips, c.city])).toEqual([['48507', false]]);
    expect(
      countiesOf('VA')
        .filter((c) => c.city)
        .every((c) => Number(c.fips.slice(2)) >= 510),
    ).toBe(true);
    expect(countiesOf('VA').some((c) => c.city)).toBe(true);
  });

  test('no county of that name gives none', () => {
    expect(countiesNamed('MO', 'KANSAS CITY')).toEqual([]);
  });
});

test('the District of Columbia is its own only county; Louisiana has parishes', () => {
  expect(soleCounty('DC')?.fips).toBe('11001');
  expect(soleCounty('DE')).toBeNull();
  expect(countyTerm('LA')).toBe('parish');
  expect(countyTerm('TX')).toBe('county');
});
