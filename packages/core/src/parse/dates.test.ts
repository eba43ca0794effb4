import { expect, test } from 'vitest';
import { readDate } from './dates.js';

test.each([
  ['2004-02-03', '2004-02-03'],
  ['2004-2-3', '2004-02-03'],
  ['February 3, 2004', '2004-02-03'],
  ['February 3 2004', '2004-02-03'],
  ['Feb. 3, 2004', '2004-02-03'],
  ['3 February 2004', '2004-02-03'],
  ['March 1st, 2016', '2016-03-01'],
  ['held on January 3, 2008 (caucus)', '2008-01-03'],
])('reads %j as %s', (value, iso) => {
  expect(readDate(value)).toBe(iso);
});

test('takes the year from the title when the infobox gives none', () => {
  expect(readDate('February 7', 2004)).toBe('2004-02-07');
  expect(readDate('February 7')).toBeNull();
});

test.each(['2004-02-30', '2004-13-01', 'Februar 3, 2004', 'soon', ''])('refuses %j', (value) => {
  expect(readDate(value, 2004)).toBeNull();
});

test('a day past the end of its month is no date, in every year Date.UTC counts (years 0 to 99 as 1900 to 1999)', () => {
  const byDate = (year: number, month: number, day: number) =>
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let year = 0; year <= 10_000; year += year < 2100 ? 1 : 97) {
    for (const month of [1, 2, 4, 12]) {
      for (const day of [28, 29, 30, 31]) {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`;
        expect(readDate(text) !== null, text).toBe(year <= 9999 && byDate(year, month, day));
      }
    }
  }
});
