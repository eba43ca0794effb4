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
