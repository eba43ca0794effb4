import { describe, expect, it } from 'vitest';
import { distinctLookupPaths, sampleEvenly } from './distinct-ids.ts';

describe('sampleEvenly', () => {
  it('keeps every item when there are no more than asked for', () => {
    expect(sampleEvenly(['a', 'b', 'c'], 5)).toEqual(['a', 'b', 'c']);
  });

  it('spreads the sample over the whole list, first item included', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i);
    expect(sampleEvenly(ids, 4)).toEqual([0, 2, 5, 7]);
    expect(sampleEvenly(ids, 10)).toEqual(ids);
  });
});

describe('distinctLookupPaths', () => {
  it('looks each id up on the contest route', () => {
    expect(distinctLookupPaths(['2004-nd-democratic-caucus'])).toEqual([
      '/v1/contests/2004-nd-democratic-caucus',
    ]);
  });
});
