import { describe, expect, it } from 'vitest';
import { negotiate } from './negotiate.js';

const offers = ['application/json', 'text/csv'] as const;

describe('negotiate', () => {
  it('gives the first offer without an Accept field', () => {
    expect(negotiate(undefined, offers)).toBe('application/json');
    expect(negotiate('', offers)).toBe('application/json');
  });

  it('picks text/csv when it is the only type asked for', () => {
    expect(negotiate('text/csv', offers)).toBe('text/csv');
    expect(negotiate('TEXT/CSV; charset=utf-8', offers)).toBe('text/csv');
  });

  it('picks the offer with the higher quality', () => {
    expect(negotiate('application/json;q=0.5, text/csv', offers)).toBe('text/csv');
    expect(negotiate('text/csv;q=0.4, application/json;q=0.9', offers)).toBe('application/json');
  });

  it('gives ties and wildcards to the first offer', () => {
    expect(negotiate('*/*', offers)).toBe('application/json');
    expect(negotiate('text/csv, application/json', offers)).toBe('application/json');
  });

  it('takes a range more specific than a wildcard', () => {
    expect(negotiate('*/*;q=0.1, text/*', offers)).toBe('text/csv');
    expect(negotiate('text/*;q=0.9, text/csv;q=0', offers)).toBe('application/json');
  });

  it('falls back to the first offer when nothing acceptable is offered or the field is garbage', () => {
    expect(negotiate('image/png', offers)).toBe('application/json');
    expect(negotiate('text/csv;q=2', offers)).toBe('application/json');
    expect(negotiate(';;;,,/,a/b/c', offers)).toBe('application/json');
  });
});
