import { expect, test } from 'vitest';
import { byDateThenId } from './by-date.js';

test('orders by date, then by id, with undated contests last', () => {
  const contests = [
    { id: 'b', date: null },
    { id: 'z', date: '2004-02-07' },
    { id: 'a', date: null },
    { id: 'm', date: '2004-02-07' },
    { id: 'y', date: '2004-01-19' },
  ];
  expect(contests.sort(byDateThenId).map((c) => c.id)).toEqual(['y', 'm', 'z', 'a', 'b']);
});
