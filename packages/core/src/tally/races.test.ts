import { describe, expect, test } from 'vitest';
import type { RaceMetadata } from '../schema/race.js';
import { buildContest } from './fixtures/contest-builder.js';
import { raceIdOf } from './race-id.js';
import { candidateRecords, groupByRace, raceContest, raceOf, tallyRaces } from './races.js';

const iowa = buildContest({
  state: 'Iowa',
  stateCode: 'IA',
  date: '2004-01-19',
  rows: [
    ['John Kerry', 700, 38, 20],
    ['John Edwards', 600, 32, 18],
  ],
});
const newHampshire = buildContest({
  state: 'New Hampshire',
  stateCode: 'NH',
  type: 'primary',
  date: '2004-01-27',
  rows: [
    ['John Kerry', 800, 38, 13],
    ['Howard Dean', 500, 26, 9],
  ],
});
// Another year and party: another race, in which Kerry also stands.
const iowa2008 = buildContest({
  year: 2008,
  party: 'Republican',
  state: 'Iowa',
  stateCode: 'IA',
  date: '2008-01-03',
  rows: [
    ['Mike Huckabee', 900, 34, 17],
    ['John Kerry', 100, 4, 0],
  ],
});

const source = {
  title: 'A cited page',
  url: 'https://example.org/page',
  quote: 'To win the nomination a candidate needs 2,162 delegates.',
};
const metadata: RaceMetadata[] = [{ id: '2004-democratic', delegatesToWin: { value: 2162, source } }];

describe('raceIdOf', () => {
  test('names the race by year and party, as contest ids write the party', () => {
    expect(raceIdOf({ year: 2004, party: 'Democratic' })).toBe('2004-democratic');
    expect(raceIdOf({ year: 2016, party: 'Democratic–Farmer–Labor' })).toBe('2016-democratic-farmer-labor');
    expect(raceIdOf({ year: 2004, party: 'Democratic', raceId: '2004-democratic' })).toBe('2004-democratic');
  });
});

describe('groupByRace', () => {
  test('puts each contest in its race, races by id, contests in the order given', () => {
    const groups = groupByRace([iowa2008, newHampshire, iowa]);
    expect([...groups].map(([id, cs]) => [id, cs.map((c) => c.id)])).toEqual([
      ['2004-democratic', ['2004-nh-democratic-primary', '2004-ia-democratic-caucus']],
      ['2008-republican', ['2008-ia-republican-caucus']],
    ]);
  });
});

describe('tallyRaces', () => {
  test('tallies each race over its own contests only, never adding across races', () => {
    const races = tallyRaces([iowa2008, newHampshire, iowa], { metadata });
    expect(races.map((r) => [r.id, r.name, r.contestIds, r.firstDate, r.lastDate])).toEqual([
      [
        '2004-democratic',
        '2004 Democratic presidential nomination',
        ['2004-ia-democratic-caucus', '2004-nh-democratic-primary'],
        '2004-01-19',
        '2004-01-27',
      ],
      [
        '2008-republican',
        '2008 Republican presidential nomination',
        ['2008-ia-republican-caucus'],
        '2008-01-03',
        '2008-01-03',
      ],
    ]);
    const kerry = races.map((r) => r.candidates.find((c) => c.candidateId === 'john-kerry'));
    expect(kerry.map((c) => [c?.votes, c?.delegates, c?.contestsEntered, c?.contestsWon])).toEqual([
      [1500, 33, 2, 2],
      [100, 0, 1, 0],
    ]);
    expect(races[1]?.series.map((p) => p.date)).toEqual(['2008-01-03']);
  });

  test('gives the cited figures of the races the metadata lists, and null for the others', () => {
    const [democratic, republican] = tallyRaces([iowa, iowa2008], { metadata });
    expect(democratic?.delegatesToWin).toEqual({ value: 2162, source });
    expect(democratic?.delegatesAtStake).toBeNull();
    expect(republican?.delegatesToWin).toBeNull();
  });

  test('tallies only the contests a filter selects, the race filter included', () => {
    expect(
      tallyRaces([iowa, newHampshire, iowa2008], { filter: { type: 'primary' } }).map((r) => r.id),
    ).toEqual(['2004-democratic']);
    expect(
      tallyRaces([iowa, iowa2008], { filter: { race: '2008-republican' } }).map((r) => r.contestIds),
    ).toEqual([['2008-ia-republican-caucus']]);
    expect(tallyRaces([])).toEqual([]);
  });
});

describe('raceOf', () => {
  test('refuses a contest of another race: a caller mixing races has a bug', () => {
    expect(() => raceOf('2004-democratic', [iowa, iowa2008].map(raceContest))).toThrow(
      'the contest 2008-ia-republican-caucus belongs to 2008-republican, not to 2004-democratic',
    );
  });
});

describe('candidateRecords', () => {
  test('lists each candidate with each race they ran in, each race on its own', () => {
    const records = candidateRecords(tallyRaces([iowa, newHampshire, iowa2008]));
    expect(records.map((r) => r.candidateId)).toEqual([
      'howard-dean',
      'john-edwards',
      'john-kerry',
      'mike-huckabee',
    ]);
    const kerry = records.find((r) => r.candidateId === 'john-kerry');
    expect(
      kerry?.races.map((r) => [r.raceId, r.votes, r.delegates, r.contests.map((c) => c.contestId)]),
    ).toEqual([
      ['2004-democratic', 1500, 33, ['2004-ia-democratic-caucus', '2004-nh-democratic-primary']],
      ['2008-republican', 100, 0, ['2008-ia-republican-caucus']],
    ]);
  });
});
