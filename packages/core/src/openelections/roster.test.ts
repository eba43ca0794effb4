import { describe, expect, test } from 'vitest';
import { readPersonName } from './candidate-names.js';
import { buildRoster, type RosterEntry } from './roster.js';

const entry = (
  candidate: string,
  candidateId: string,
  from: RosterEntry['from'] = 'article',
): RosterEntry => ({
  candidate,
  candidateId,
  year: 2004,
  party: 'democratic',
  from,
});

const match = (roster: RosterEntry[], cell: string) =>
  buildRoster(roster).match(readPersonName(cell) ?? (null as never), 2004, 'democratic')?.candidateId ?? null;

describe('buildRoster', () => {
  test('an article’s id wins for the same person in any form', () => {
    const roster = [entry('George W. Bush', 'george-w-bush'), entry('Dick Gephardt', 'dick-gephardt')];
    expect(match(roster, 'Bush, George W.')).toBe('george-w-bush');
    expect(match(roster, 'Richard E. Gephardt')).toBe('dick-gephardt');
  });

  test('a surname with initials takes the one full name that fits, from any source', () => {
    const roster = [
      entry('John F. Kerry', 'john-kerry', 'csv'),
      entry('John Edwards', 'john-edwards', 'csv'),
    ];
    expect(match(roster, 'Kerry J F')).toBe('john-kerry');
    expect(match(roster, 'Edwards J')).toBe('john-edwards');
  });

  test('a full name is not changed by another CSV’s name, and two people of a surname match neither', () => {
    expect(match([entry('Joe Lieberman', 'joe-lieberman', 'csv')], 'Joseph Lieberman')).toBeNull();
    expect(
      match(
        [
          entry('Joe Lieberman', 'joe-lieberman', 'csv'),
          entry('Joseph Lieberman', 'joseph-lieberman', 'csv'),
        ],
        'Lieberman',
      ),
    ).toBeNull();
  });

  test('a surname one letter off in the same race and given name is the same person', () => {
    expect(match([entry('Rudy Giuliani', 'rudy-giuliani')], 'Rudy Guiliani')).toBe('rudy-giuliani');
  });
});

describe('one person written with and without a middle name', () => {
  const roster = [
    entry('Hillary Clinton', 'hillary-clinton', 'csv'),
    entry('Hillary Rodham Clinton', 'hillary-rodham-clinton', 'csv'),
  ];

  test('a full name with a middle name takes another file’s shorter form', () => {
    expect(match(roster, 'Hillary Rodham Clinton')).toBe('hillary-clinton');
    expect(match([entry('Christopher J. Dodd', 'christopher-dodd', 'csv')], 'CHRISTOPHER JOHN DODD')).toBe(
      'christopher-dodd',
    );
  });

  test('initials that fit both forms are one person, by the shorter id', () => {
    expect(match(roster, 'Clinton H')).toBe('hillary-clinton');
  });
});
