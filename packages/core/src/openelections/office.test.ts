import { describe, expect, test } from 'vitest';
import { isNoDistrict, isPresidentialOffice } from './office.js';

describe('isPresidentialOffice', () => {
  test.each([
    'President',
    'U.S. President',
    'President/VicePresident',
    'PRESIDENT/VICE PRESIDENT',
    'PRESIDENT OF THE UNITED STATES',
    'Presidential Preference',
    'President Congressional',
  ])('%s is the presidential race', (label) => {
    expect(isPresidentialOffice(label)).toBe(true);
  });

  test.each([
    'Vice President',
    '14TH REPUBLICAN DELEGATE',
    'Delegate to the National Convention (President)',
    'U. S. Representative',
    'President of the Senate',
    '',
  ])('%s is another office', (label) => {
    expect(isPresidentialOffice(label)).toBe(false);
  });
});

describe('isNoDistrict', () => {
  test.each(['', 'NA', 'N/A', '-', 'Statewide'])('"%s" is no district', (cell) => {
    expect(isNoDistrict(cell)).toBe(true);
  });
  test('a number is a district', () => {
    expect(isNoDistrict('5')).toBe(false);
  });
});
