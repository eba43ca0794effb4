import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { findStatedThreshold } from './stated-threshold.js';

const rows = northDakotaRows;

describe('findStatedThreshold', () => {
  it('reads a threshold stated in an infobox value, with its line', () => {
    const contest = makeContest({ rows, lists: ['Allocation: proportional, 15% threshold'] });
    expect(findStatedThreshold(contest)).toEqual({
      percent: 15,
      line: contest.lists[0]?.line,
      sentence: 'Allocation: proportional, 15% threshold',
    });
  });

  it.each([
    ['A 15 percent threshold is required to receive delegates.', 15],
    ['Candidates must win at least 15% of the vote to receive delegates.', 15],
    ['The viability threshold is 20%.', 20],
    ['A 15-percent threshold applies in each district.', 15],
  ])('reads the threshold in "%s"', (sentence, percent) => {
    expect(findStatedThreshold(makeContest({ rows, paragraphs: [sentence] }))?.percent).toBe(percent);
  });

  it.each([
    'Kerry received at least 40% of the vote, enough to win delegates.',
    'Turnout was 15 percent lower than in 2000.',
  ])('reads no threshold in "%s"', (sentence) => {
    expect(findStatedThreshold(makeContest({ rows, paragraphs: [sentence] }))).toBeNull();
  });
});
