import { describe, expect, test } from 'vitest';
import { partyOfLabel, readParty, typoOf } from './parties.js';

describe('readParty', () => {
  test.each(['DEM', 'Dem.', 'Democrat', 'Democratic', 'D', 'DEMOCRATIC', 'Democractic', 'D (W/I)'])(
    '%s is the Democratic party',
    (label) => {
      expect(readParty(label)).toEqual({ kind: 'party', party: { name: 'Democratic', slug: 'democratic' } });
    },
  );

  test.each([
    ['REP', 'republican'],
    ['Rep.', 'republican'],
    ['R W/I', 'republican'],
    ['GOP', 'republican'],
    ['LIB', 'libertarian'],
    ['GRN', 'green'],
    ['Green-Rainbow', 'green-rainbow'],
  ])('%s is %s', (label, slug) => {
    expect(readParty(label)).toMatchObject({ kind: 'party', party: { slug } });
  });

  test('a blank cell is no party; a label of its own is unknown', () => {
    expect(readParty('  ')).toEqual({ kind: 'none' });
    expect(readParty('OEM')).toEqual({ kind: 'unknown', label: 'OEM' });
    expect(partyOfLabel('working families')).toEqual({ name: 'Working Families', slug: 'working-families' });
  });
});

describe('typoOf', () => {
  const dem = { name: 'Democratic', slug: 'democratic' };
  const rep = { name: 'Republican', slug: 'republican' };

  test('a label one letter off the office’s only close label is that party', () => {
    expect(
      typoOf(
        'OEM',
        new Map([
          ['DEM', dem],
          ['REP', rep],
        ]),
      ),
    ).toEqual(dem);
  });

  test('nothing close, or too short to tell, is no typo', () => {
    expect(typoOf('XYZ', new Map([['DEM', dem]]))).toBeNull();
    expect(typoOf('Q', new Map([['D', dem]]))).toBeNull();
  });
});
