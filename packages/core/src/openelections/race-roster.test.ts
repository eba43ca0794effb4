import { describe, expect, test } from 'vitest';
import { readPersonName } from './candidate-names.js';
import { type NameSighting, raceRoster } from './race-roster.js';
import { buildRoster } from './roster.js';

const seen = (candidate: string, times = 1, year = 2008, party = 'democratic'): NameSighting[] => {
  const id = readPersonName(candidate)?.id ?? '';
  return Array.from({ length: times }, () => ({ candidate, candidateId: id, year, party }));
};

/** The id a name takes from the roster, as the reader's second pass gives it. */
function idOf(entries: ReturnType<typeof raceRoster>, candidate: string, year = 2008, party = 'democratic') {
  const name = readPersonName(candidate);
  if (!name) throw new Error(candidate);
  return buildRoster(entries).match(name, year, party)?.candidateId ?? name.id;
}

describe('raceRoster', () => {
  test('names of one person in one race take the id most contests give', () => {
    const entries = raceRoster(
      [
        ...seen('Christopher J. Dodd', 6),
        ...seen('Chris Dodd', 2),
        ...seen('Joe Biden', 5),
        ...seen('Joseph R. Biden', 2),
        ...seen('Tom Tancredo', 5, 2008, 'republican'),
        ...seen('Thomas Tancredo', 1, 2008, 'republican'),
        ...seen('Rudy Giuliani', 9, 2008, 'republican'),
        ...seen('Rudy Guiliani', 1, 2008, 'republican'),
      ],
      [],
    );
    expect(idOf(entries, 'Chris Dodd')).toBe('christopher-dodd');
    expect(idOf(entries, 'C. Dodd')).toBe('christopher-dodd');
    expect(idOf(entries, 'Joseph R. Biden')).toBe('joe-biden');
    expect(idOf(entries, 'J. Biden')).toBe('joe-biden');
    expect(idOf(entries, 'Thomas Tancredo', 2008, 'republican')).toBe('tom-tancredo');
    expect(idOf(entries, 'T. Tancredo', 2008, 'republican')).toBe('tom-tancredo');
    expect(idOf(entries, 'Rudy Guiliani', 2008, 'republican')).toBe('rudy-giuliani');
    expect(entries).toHaveLength(4);
  });

  test('two people of one surname stay two: given names that do not shorten one another', () => {
    const entries = raceRoster([...seen('John Smith', 3), ...seen('Jane Smith', 2)], []);
    expect(idOf(entries, 'Jane Smith')).toBe('jane-smith');
    expect(idOf(entries, 'John Smith')).toBe('john-smith');
    // An initial both fit names neither.
    expect(idOf(entries, 'J. Smith')).toBe('j-smith');
  });

  test('races are kept apart: the same name in another party or year is not joined', () => {
    const entries = raceRoster([...seen('Joe Biden', 2), ...seen('Joseph Biden', 3, 2008, 'green')], []);
    expect(idOf(entries, 'Joseph Biden', 2008, 'green')).toBe('joseph-biden');
    expect(idOf(entries, 'Joe Biden')).toBe('joe-biden');
  });

  test('a name an article gives is left to the article', () => {
    const articles = [
      {
        candidateId: 'dick-gephardt',
        candidate: 'Dick Gephardt',
        year: 2004,
        party: 'democratic',
        from: 'article' as const,
      },
    ];
    const entries = raceRoster(
      [...seen('Richard E. Gephardt', 3, 2004), ...seen('R. Gephardt', 1, 2004)],
      articles,
    );
    expect(entries).toEqual([]);
    expect(idOf([...articles, ...entries], 'Richard E. Gephardt', 2004)).toBe('dick-gephardt');
  });
});
