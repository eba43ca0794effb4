import { expect, test } from 'vitest';
import { CrossTally } from '../schema/tally.js';
import { tallyContest } from './contest-tally.js';
import { combineTallies, tallyAcrossRaces } from './cross-tally.js';
import { buildContest } from './fixtures/contest-builder.js';

const iowa = buildContest({
  stateCode: 'IA',
  state: 'Iowa',
  date: '2004-01-19',
  rows: [
    ['John Kerry', 60, null, 6],
    ['John Edwards', 40, null, 4],
  ],
});
const newHampshire = buildContest({
  stateCode: 'NH',
  state: 'New Hampshire',
  type: 'primary',
  date: '2004-01-27',
  rows: [
    ['John Edwards', 70, null, 7],
    ['Jóhn Kerry', 20, null, 2],
    ['Write-ins', 10, null, 0, 'write-in'],
  ],
});
const guam = buildContest({
  stateCode: 'GU',
  state: 'Guam',
  date: null,
  rows: [
    ['Uncommitted', 500, null, 3, 'uncommitted'],
    ['Jóhn Kerry', 5, null, 1],
  ],
});

test('per candidate: votes, delegates, contests entered and won, ordered by delegates then votes', () => {
  const t = tallyAcrossRaces([newHampshire, guam, iowa]);
  expect(t.contests).toBe(3);
  expect(
    t.candidates.map((c) => [
      c.candidateId,
      c.candidate,
      c.kind,
      c.votes,
      c.delegates,
      c.contestsEntered,
      c.contestsWon,
    ]),
  ).toEqual([
    ['john-edwards', 'John Edwards', 'candidate', 110, 11, 2, 1],
    ['john-kerry', 'Jóhn Kerry', 'candidate', 85, 9, 3, 2],
    ['uncommitted', 'Uncommitted', 'uncommitted', 500, 3, 1, 0],
    ['write-ins', 'Write-ins', 'write-in', 10, 0, 1, 0],
  ]);
  expect(() => CrossTally.parse(t)).not.toThrow();
});

test("a candidate's contests run by date, undated last, each with its rank, share and win", () => {
  const kerry = tallyAcrossRaces([newHampshire, guam, iowa]).candidates[1];
  expect(kerry?.contests.map((c) => [c.contestId, c.date, c.rank, c.share, c.won])).toEqual([
    ['2004-ia-democratic-caucus', '2004-01-19', 1, 0.6, true],
    ['2004-nh-democratic-primary', '2004-01-27', 2, 0.2, false],
    ['2004-gu-democratic-caucus', null, 2, 5 / 505, true],
  ]);
});

test('the display name is the most frequent spelling, the first seen on a tie', () => {
  expect(tallyAcrossRaces([iowa, newHampshire]).candidates.map((c) => c.candidate)).toEqual([
    'John Edwards',
    'John Kerry',
    'Write-ins',
  ]);
  expect(tallyAcrossRaces([newHampshire, iowa, guam]).candidates[1]?.candidate).toBe('Jóhn Kerry');
});

test('equal delegates and votes fall back to the candidate id', () => {
  const t = tallyAcrossRaces([
    buildContest({
      rows: [
        ['Bea', 5, null, 1],
        ['Abe', 5, null, 1],
      ],
    }),
  ]);
  expect(t.candidates.map((c) => [c.candidateId, c.contestsWon])).toEqual([
    ['abe', 0],
    ['bea', 0],
  ]);
});

test('the series leaves the undated contest out', () => {
  expect(tallyAcrossRaces([guam, iowa, newHampshire]).series.map((p) => [p.date, p.contestIds])).toEqual([
    ['2004-01-19', ['2004-ia-democratic-caucus']],
    ['2004-01-27', ['2004-nh-democratic-primary']],
  ]);
});

test('a filter narrows the contests tallied and is echoed back', () => {
  const t = tallyAcrossRaces([iowa, newHampshire, guam], { type: 'primary' });
  expect(t.filter).toEqual({ type: 'primary' });
  expect(t.contests).toBe(1);
  expect(t.candidates.map((c) => [c.candidateId, c.votes])).toEqual([
    ['john-edwards', 70],
    ['john-kerry', 20],
    ['write-ins', 10],
  ]);
  expect(tallyAcrossRaces([iowa, guam], { state: 'guam' }).candidates[0]?.candidateId).toBe('uncommitted');
});

test('no contests, an empty tally', () => {
  expect(tallyAcrossRaces([])).toEqual({ filter: {}, contests: 0, candidates: [], series: [] });
});

test("combining the contests' own tallies, in any order, gives the same cross tally", () => {
  const tallied = [guam, newHampshire, iowa].map((c) => ({
    id: c.id,
    date: c.date,
    stateCode: c.stateCode,
    tally: tallyContest(c),
  }));
  expect(combineTallies(tallied, { party: 'democratic' })).toEqual({
    ...tallyAcrossRaces([iowa, newHampshire, guam]),
    filter: { party: 'democratic' },
  });
});
