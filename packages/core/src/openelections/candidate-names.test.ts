import { describe, expect, test } from 'vitest';
import { readPersonName, roleOf } from './candidate-names.js';

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
