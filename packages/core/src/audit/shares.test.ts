import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { computedPercent, rowVotes, shareBases } from './shares.js';

describe('shares', () => {
  it('computes shares on the sum of the rows', () => {
    const contest = makeContest({ rows: northDakotaRows });
    expect(rowVotes(contest)).toBe(10_558);
    expect(shareBases(contest)).toEqual([10_558]);
    expect(computedPercent(contest, contest.results[0] as (typeof contest.results)[0])).toBeCloseTo(
      50.824,
      3,
    );
  });

  it('also offers a stated total that differs as a base', () => {
    expect(shareBases(makeContest({ rows: northDakotaRows, total: { votes: '11,000' } }))).toEqual([
      10_558, 11_000,
    ]);
  });

  it('computes nothing when a row has no votes', () => {
    const contest = makeContest({ rows: [{ name: 'Ann Able', percent: '100' }] });
    expect(rowVotes(contest)).toBeNull();
    expect(computedPercent(contest, contest.results[0] as (typeof contest.results)[0])).toBeNull();
  });
});
