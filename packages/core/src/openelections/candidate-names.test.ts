import { describe, expect, test } from 'vitest';
import { capitalised, readPersonName, roleOf, sentenceCased, spelledAs } from './candidate-names.js';

describe('readPersonName', () => {
  test.each([
    ['Kerry, John F.', 'john-kerry', 'John F. Kerry'],
    ['JOHN KERRY', 'john-kerry', 'John Kerry'],
    ['John F. Kerry', 'john-kerry', 'John F. Kerry'],
    ['Moseley Braun, Carol', 'carol-moseley-braun', 'Carol Moseley Braun'],
    ['Carol Moseley Braun', 'carol-moseley-braun', 'Carol Moseley Braun'],
    ['LaRouche, Lyndon H. Jr.', 'lyndon-larouche', 'Lyndon H. LaRouche'],
    ['Lyndon H. LaRouche, Jr.', 'lyndon-larouche', 'Lyndon H. LaRouche'],
    ['George W. Bush(I)', 'george-bush', 'George W. Bush'],
    ['Wiles, Virgil L.R.', 'virgil-wiles', 'Virgil L.R. Wiles'],
    ['Perez, N. Ruben', 'ruben-perez', 'Ruben Perez'],
    ['Joseph R. Biden, Jr.', 'joseph-biden', 'Joseph R. Biden'],
  ])('%s is %s', (cell, id, display) => {
    expect(readPersonName(cell)).toMatchObject({ id, display, initialsOnly: false });
  });

  test('a quoted nickname is the name the person goes by', () => {
    expect(readPersonName('WILLIAM "BILL" B. RICHARDSON III')).toMatchObject({ id: 'bill-richardson' });
    expect(readPersonName('"Bill" McGaughey')).toMatchObject({
      id: 'bill-mcgaughey',
      display: 'Bill McGaughey',
    });
    expect(readPersonName('Richard "Dick" Gephardt')).toMatchObject({ id: 'dick-gephardt' });
  });

  test('a surname with initials only, or alone, is flagged: its id needs a roster', () => {
    expect(readPersonName('Kerry J F')).toMatchObject({
      id: 'j-kerry',
      display: 'J. F. Kerry',
      given: 'j',
      surname: ['kerry'],
      initialsOnly: true,
    });
    expect(readPersonName('Lieberman')).toMatchObject({ id: 'lieberman', given: '', initialsOnly: true });
  });

  test('nothing readable is null', () => {
    expect(readPersonName('  ')).toBeNull();
    expect(readPersonName('""')).toBeNull();
  });
});

describe('the case of names written in capitals', () => {
  test.each([
    ['JOHN MCCAIN', 'John McCain'],
    ['JOHN McCAIN', 'John McCain'],
    ['CYNTHIA McKINNEY', 'Cynthia McKinney'],
    ['ANGUS MACDONALD', 'Angus MacDonald'],
    ['FIONA MacLEOD', 'Fiona MacLeod'],
    ['ROSA MACHADO', 'Rosa Machado'],
    ['JIM MACKEY', 'Jim Mackey'],
    ['ANA MACIAS', 'Ana Macias'],
    ['LEE MACY', 'Lee Macy'],
    ['PAT MACRI', 'Pat Macri'],
    ['CONAN O’BRIEN', 'Conan O’Brien'],
    ["CONAN O'BRIEN", "Conan O'Brien"],
    ["ALFONSE D'AMATO", "Alfonse D'Amato"],
    ['ANNE SMITH-JONES', 'Anne Smith-Jones'],
    ['JOHN F. KERRY', 'John F. Kerry'],
    ['JOSÉ ÁLVAREZ', 'José Álvarez'],
  ])('%s reads %s', (written, read) => {
    expect(capitalised(written)).toBe(read);
    expect(readPersonName(written)?.display).toBe(read);
  });

  test('a word in mixed case is kept as written', () => {
    expect(capitalised('Lyndon H. LaRouche')).toBe('Lyndon H. LaRouche');
    expect(capitalised('Bill McGaughey')).toBe('Bill McGaughey');
    expect(capitalised('DeWayne Smith')).toBe('DeWayne Smith');
  });

  test('a name in capitals, or capitalised only, takes the capitals another source writes inside a word', () => {
    expect(spelledAs('Lyndon Larouche', 'Lyndon H. LaRouche')).toBe('Lyndon LaRouche');
    expect(spelledAs('J. Mccain', 'John McCain')).toBe('J. McCain');
    expect(spelledAs('John Kerry', 'JOHN F. KERRY')).toBeNull();
    expect(spelledAs('Bill McGaughey', 'Bill Mcgaughey')).toBeNull();
  });

  test('a label in capitals reads as a sentence; one in mixed case as written', () => {
    expect(sentenceCased('UNCOMMITTED')).toBe('Uncommitted');
    expect(sentenceCased('WRITE-INS')).toBe('Write-ins');
    expect(sentenceCased('No Preference')).toBe('No Preference');
    expect(sentenceCased('Misc.')).toBe('Misc.');
  });
});

describe('roleOf', () => {
  test.each([
    ['Total', { role: 'total' }],
    ['Total Votes Cast', { role: 'total' }],
    ['TOTALS', { role: 'total' }],
    ['Blank Votes', { role: 'non-vote', kind: 'blank' }],
    ['Over Votes', { role: 'non-vote', kind: 'over' }],
    ['Undervotes', { role: 'non-vote', kind: 'under' }],
    ['Uncommitted', { role: 'choice', kind: 'uncommitted' }],
    ['No Preference', { role: 'choice', kind: 'uncommitted' }],
    ['Undecided', { role: 'choice', kind: 'uncommitted' }],
    ['Write-ins', { role: 'choice', kind: 'write-in' }],
    ['Write-In', { role: 'choice', kind: 'write-in' }],
    ['All Others', { role: 'choice', kind: 'other' }],
    ['Misc.', { role: 'choice', kind: 'other' }],
    ['Blank, Void, Scattering', { role: 'choice', kind: 'other' }],
    ['John Kerry', { role: 'choice', kind: 'candidate' }],
    ['Bill Blank', { role: 'choice', kind: 'candidate' }],
  ])('%s', (name, role) => {
    expect(roleOf(name)).toEqual(role);
  });
});
