import { describe, expect, test } from 'vitest';
import { readFileName } from './file-name.js';

describe('readFileName', () => {
  test('reads the date, state, type and party of an OpenElections name, folders and all', () => {
    expect(readFileName('sources/openelections/ms/20040309__ms__democrat__primary__alcorn.csv')).toEqual({
      date: '2004-03-09',
      year: 2004,
      stateCode: 'MS',
      type: 'primary',
      party: 'democrat',
      president: false,
    });
    expect(readFileName('20040203__az__primary__president.csv')).toMatchObject({
      party: null,
      president: true,
    });
  });

  test('another name, a state that is none, or a date that does not exist is null', () => {
    expect(readFileName('results.csv')).toBeNull();
    expect(readFileName('20040203__zz__primary.csv')).toBeNull();
    expect(readFileName('20040231__az__primary.csv')).toBeNull();
  });
});
