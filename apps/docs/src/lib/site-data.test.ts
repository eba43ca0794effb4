import { describe, expect, it } from 'vitest';
import { byDate } from './site-data.js';

describe('byDate', () => {
  it('puts the oldest first, undated contests last, and breaks ties by id', () => {
    const items = [
      { id: 'c', date: null },
      { id: 'b', date: '2004-02-07' },
      { id: 'a', date: '2004-02-07' },
      { id: 'd', date: '2004-02-03' },
      { id: 'e', date: null },
    ];
    expect([...items].sort(byDate).map((item) => item.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
  });
});
