import { describe, expect, test } from 'vitest';
import { describeFilter, readFilter } from './read-filter.js';

describe('readFilter', () => {
  test('reads every option into a ContestFilter, leaving out those not given', () => {
    expect(
      readFilter({
        year: '2004',
        state: 'nd',
        party: 'Democratic',
        type: 'caucus',
        from: '2004-02-01',
        to: '2004-02-29',
        json: true,
      }),
    ).toEqual({
      ok: true,
      filter: {
        year: 2004,
        state: 'nd',
        party: 'Democratic',
        type: 'caucus',
        from: '2004-02-01',
        to: '2004-02-29',
      },
    });
    expect(readFilter({})).toEqual({ ok: true, filter: {} });
  });

  test('names the option and what it expects', () => {
    expect(readFilter({ year: '2004.5' })).toEqual({
      ok: false,
      problem: '--year expects a year such as 2004; got "2004.5".',
    });
    expect(readFilter({ to: '29/02/2004' })).toEqual({
      ok: false,
      problem: '--to expects a date such as 2004-03-02; got "29/02/2004".',
    });
    expect(readFilter({ type: 'convention' })).toEqual({
      ok: false,
      problem: '--type expects caucus or primary; got "convention".',
    });
    expect(readFilter({ from: '2004-03-02', to: '2004-03-01' })).toEqual({
      ok: false,
      problem: '--from 2004-03-02 is after --to 2004-03-01: no contest could match.',
    });
  });
});

describe('describeFilter', () => {
  test('names each field given, in order', () => {
    expect(describeFilter({ year: 2004, type: 'primary', to: '2004-03-02' })).toBe(
      'year 2004, type primary, to 2004-03-02',
    );
    expect(describeFilter({})).toBe('');
  });
});
