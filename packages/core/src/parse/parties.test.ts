import { describe, expect, test } from 'vitest';
import { partiesIn, partyIn } from './parties.js';

describe('partyIn', () => {
  test.each([
    ['Democratic', 'Democratic'],
    ['2004 North Dakota Democratic-NPL caucuses', 'Democratic'],
    ['Democrats Abroad', 'Democratic'],
    ['Republicans', 'Republican'],
    ['GOP caucus', 'Republican'],
    ['Libertarian Party primary', 'Libertarian'],
    ['Green Party', 'Green'],
    ['Green presidential primary', 'Green'],
    ['Reform Party', 'Reform'],
    ['Constitution Party', 'Constitution'],
  ])('%j names the %s party', (text, party) => {
    expect(partyIn(text)).toBe(party);
  });

  test.each([
    'Results',
    'Green Bay',
    'a reform of the caucus rules',
    'the state constitution',
    'Gopher',
    'undemocratic',
  ])('%j names no party', (text) => {
    expect(partyIn(text)).toBeNull();
  });
});

describe('partiesIn', () => {
  test('every party a text names, once each, in the list’s order', () => {
    expect(partiesIn('Republican and Democratic primaries, and the Democrats Abroad')).toEqual([
      'Democratic',
      'Republican',
    ]);
  });

  test('none for a text that names no party', () => {
    expect(partiesIn('Statewide results')).toEqual([]);
  });
});
