import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseContest } from '../parse/index.js';
import type { Contest } from '../schema/contest.js';
import { tallyContest } from './contest-tally.js';
import { tallyAcrossRaces } from './cross-tally.js';
import { modelDelegates } from './delegate-model.js';
import { summarizeContest } from './summarize.js';

// Every figure below was worked out by hand from the documents in packages/data/sources/ (arithmetic in
// the comments), not copied from the code's output.
const seed = (name: string): Contest => {
  const result = parseContest(readFileSync(new URL(`../../../data/sources/${name}.txt`, import.meta.url)), {
    file: `${name}.txt`,
  });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} at line ${result.error.line}`);
  return result.contest;
};
const nd = seed('2004-north-dakota-democratic-caucuses');
const nc = seed('2004-north-carolina-democratic-caucuses');
const wa = seed('2004-washington-democratic-caucuses');
const mi = seed('2004-michigan-democratic-caucuses');
const points = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);

describe('per contest', () => {
  test.each([
    // ND rows: 5,366 + 2,502 + 1,231 + 1,025 + 308 + 98 + 28 = 10,558 (the Total row says 10,558).
    // Kerry 5,366 - Clark 2,502 = 2,864 votes; 2,864 / 10,558 = 0.27126: 27.13 points. Delegates 9 + 5 = 14.
    ['ND', nd, 'john-kerry', 'wesley-clark', 2864, 27.13, 10558, 14],
    // NC rows: 9,093 + 4,844 + 2,175 + 1,009 + 582 + 106 = 17,809 (Total 17,809).
    // Edwards 9,093 - Kerry 4,844 = 4,249; 4,249 / 17,809 = 0.23859: 23.86. Delegates 57 + 29 + 4 + 17 = 107.
    ['NC', nc, 'john-edwards', 'john-kerry', 4249, 23.86, 17809, 107],
    // WA rows: 11,397 + 7,060 + 1,927 + 1,571 + 799 + 768 + 19 = 23,541 (Total 23,541).
    // Kerry 11,397 - Dean 7,060 = 4,337; 4,337 / 23,541 = 0.18423: 18.42. Delegates 46 + 24 + 6 = 76.
    ['WA', wa, 'john-kerry', 'howard-dean', 4337, 18.42, 23541, 76],
    // MI rows: 84,818 + 27,025 + 11,404 + 21,905 + 10,955 + 5,258 + 951 + 659 + 497 + 189 + 108 = 163,769.
    // Kerry 84,818 - Dean 27,025 = 57,793; 57,793 / 163,769 = 0.35289: 35.29. Delegates 93 + 24 + 7 + 4 = 128.
    ['MI', mi, 'john-kerry', 'howard-dean', 57793, 35.29, 163769, 128],
  ])(
    '%s: winner, runner-up, margin and totals',
    (_, contest, winner, runnerUp, votes, margin, total, delegates) => {
      const t = tallyContest(contest);
      expect(t.winner?.candidateId).toBe(winner);
      expect(t.runnerUp?.candidateId).toBe(runnerUp);
      expect(t.margin?.votes).toBe(votes);
      expect(points(t.margin?.points)).toBe(margin);
      expect(t.totals).toEqual({ votes: total, delegates, statedVotes: total, statedDelegates: delegates });
    },
  );

  test('Michigan ranks Edwards (21,905) third although the table lists Sharpton (11,404) before him', () => {
    expect(tallyContest(mi).ranking.map((r) => [r.rank, r.candidateId])).toEqual([
      [1, 'john-kerry'], // 84,818
      [2, 'howard-dean'], // 27,025
      [3, 'john-edwards'], // 21,905
      [4, 'al-sharpton'], // 11,404
      [5, 'wesley-clark'], // 10,955
      [6, 'dennis-kucinich'], // 5,258
      [7, 'dick-gephardt'], // 951
      [8, 'joe-lieberman'], // 659
      [9, 'uncommitted'], // 497
      [10, 'carol-moseley-braun'], // 189
      [11, 'write-ins'], // 108
    ]);
  });

  test('Kerry’s exact share in North Dakota is 5,366 / 10,558', () => {
    expect(tallyContest(nd).ranking[0]?.share).toBe(5366 / 10558);
  });

  test('North Carolina’s summary: Edwards, 17,809 votes, 107 delegates', () => {
    const s = summarizeContest(nc);
    expect([s.winner?.candidateId, s.totalVotes, s.totalDelegates]).toEqual(['john-edwards', 17809, 107]);
  });
});

describe('the statewide model (15%, largest remainder) beside the delegates awarded', () => {
  test.each([
    // ND, 14 pledged. Kerry 50.8% and Clark 23.7% qualify (Dean 11.7%): 5,366 + 2,502 = 7,868.
    // 14 × 5,366 / 7,868 = 9.548; 14 × 2,502 / 7,868 = 4.452: 9 + 4 = 13, the 14th to .548. Table: 9 and 5.
    [
      'ND',
      nd,
      14,
      [
        ['john-kerry', 10, 9],
        ['wesley-clark', 4, 5],
      ],
    ],
    // NC, 90 pledged. Of 17,809 (Uncommitted takes part): Edwards 51.1%, Kerry 27.2% (Kucinich 12.2%): 13,937.
    // 90 × 9,093 / 13,937 = 58.719; 90 × 4,844 / 13,937 = 31.281: 58 + 31 = 89, the 90th to .719. Table: 57, 29.
    [
      'NC',
      nc,
      90,
      [
        ['john-edwards', 59, 57],
        ['john-kerry', 31, 29],
      ],
    ],
    // WA, 76 pledged. Of 23,541: Kerry 48.4%, Dean 30.0% (Kucinich 8.2%): 18,457.
    // 76 × 11,397 / 18,457 = 46.929; 76 × 7,060 / 18,457 = 29.071: 46 + 29 = 75, the 76th to .929. Table: 46, 24.
    [
      'WA',
      wa,
      76,
      [
        ['john-kerry', 47, 46],
        ['howard-dean', 29, 24],
      ],
    ],
    // MI, 128 pledged. Write-ins (108) left out: 163,661. Kerry 51.8%, Dean 16.5% (Edwards 13.4%): 111,843.
    // 128 × 84,818 / 111,843 = 97.071; 128 × 27,025 / 111,843 = 30.929: 97 + 30 = 127, the 128th to .929.
    [
      'MI',
      mi,
      128,
      [
        ['john-kerry', 97, 93],
        ['howard-dean', 31, 24],
      ],
    ],
  ])('%s', (_, contest, seats, qualified) => {
    const m = modelDelegates(contest);
    expect(m?.delegates).toBe(seats);
    expect(
      m?.awards.filter((a) => a.qualified).map((a) => [a.candidateId, a.modelDelegates, a.actualDelegates]),
    ).toEqual(qualified);
    expect(m?.awards.filter((a) => !a.qualified).every((a) => a.modelDelegates === 0)).toBe(true);
  });
});

describe('across the four contests', () => {
  const t = tallyAcrossRaces([mi, wa, nc, nd]);
  const pick = (id: string) => {
    const a = t.candidates.find((c) => c.candidateId === id);
    return [a?.votes, a?.delegates, a?.contestsEntered, a?.contestsWon];
  };

  test('Kerry, Edwards and Dean: votes, delegates, contests entered and won', () => {
    // Kerry: ND 5,366 + NC 4,844 + WA 11,397 + MI 84,818 = 106,425; 9 + 29 + 46 + 93 = 177; won ND, WA, MI.
    expect(pick('john-kerry')).toEqual([106425, 177, 4, 3]);
    // Edwards: 1,025 + 9,093 + 1,571 + 21,905 = 33,594; 0 + 57 + 0 + 4 = 61; won NC.
    expect(pick('john-edwards')).toEqual([33594, 61, 4, 1]);
    // Dean: 1,231 + 1,009 + 7,060 + 27,025 = 36,325; 0 + 0 + 24 + 24 = 48; won none.
    expect(pick('howard-dean')).toEqual([36325, 48, 4, 0]);
  });

  test('candidates by delegates, then votes', () => {
    expect(t.contests).toBe(4);
    expect(t.candidates.map((c) => c.candidateId)).toEqual([
      'john-kerry', // 177
      'john-edwards', // 61
      'howard-dean', // 48
      'uncommitted', // NC 17
      'dennis-kucinich', // NC 4 + WA 6 = 10
      'al-sharpton', // MI 7
      'wesley-clark', // ND 5
      'dick-gephardt', // 0 delegates; 951 votes
      'joe-lieberman', // 0; 98 + 659 = 757
      'carol-moseley-braun', // 0; 189
      'write-ins', // 0; 108
    ]);
    expect(t.candidates.find((c) => c.candidateId === 'uncommitted')?.kind).toBe('uncommitted');
  });

  test('the cumulative series: February 3, February 7 (two contests), April 17, each listing who moved', () => {
    const rows = t.series.map((p) => [
      p.date,
      p.contestIds,
      p.candidates.map((c) => [c.candidateId, c.votes, c.delegates, c.wins]),
    ]);
    // Each point lists, in the order of the candidates above, those with votes, delegates or a win that day.
    expect(rows).toEqual([
      [
        '2004-02-03',
        ['2004-nd-democratic-caucus'],
        // North Dakota's seven rows, all with votes; Kerry wins.
        [
          ['john-kerry', 5366, 9, 1],
          ['john-edwards', 1025, 0, 0],
          ['howard-dean', 1231, 0, 0],
          ['dennis-kucinich', 308, 0, 0],
          ['al-sharpton', 28, 0, 0],
          ['wesley-clark', 2502, 5, 0],
          ['joe-lieberman', 98, 0, 0],
        ],
      ],
      [
        '2004-02-07',
        ['2004-mi-democratic-caucus', '2004-wa-democratic-caucus'],
        // Michigan's eleven rows all have votes, so every candidate moves; Kerry wins both.
        [
          ['john-kerry', 101581, 148, 3], // 5,366 + 84,818 + 11,397; 9 + 93 + 46
          ['john-edwards', 24501, 4, 0], // 1,025 + 21,905 + 1,571; 0 + 4 + 0
          ['howard-dean', 35316, 48, 0], // 1,231 + 27,025 + 7,060; 0 + 24 + 24
          ['uncommitted', 1296, 0, 0], // 497 + 799
          ['dennis-kucinich', 7493, 6, 0], // 308 + 5,258 + 1,927; WA 6
          ['al-sharpton', 11451, 7, 0], // 28 + 11,404 + 19; MI 7
          ['wesley-clark', 14225, 5, 0], // 2,502 + 10,955 + 768
          ['dick-gephardt', 951, 0, 0],
          ['joe-lieberman', 757, 0, 0], // 98 + 659
          ['carol-moseley-braun', 189, 0, 0],
          ['write-ins', 108, 0, 0],
        ],
      ],
      [
        '2004-04-17',
        ['2004-nc-democratic-caucus'],
        // North Carolina's six rows; Clark, Gephardt, Lieberman, Moseley Braun and Write-ins keep February 7's.
        [
          ['john-kerry', 106425, 177, 3], // + 4,844; + 29
          ['john-edwards', 33594, 61, 1], // + 9,093; + 57 and the win
          ['howard-dean', 36325, 48, 0], // + 1,009
          ['uncommitted', 1402, 17, 0], // + 106; + 17
          ['dennis-kucinich', 9668, 10, 0], // + 2,175; + 4
          ['al-sharpton', 12033, 7, 0], // + 582
        ],
      ],
    ]);
  });

  test('a filter by date keeps the February contests only', () => {
    const feb = tallyAcrossRaces([mi, wa, nc, nd], { from: '2004-02-01', to: '2004-02-29' });
    expect(feb.contests).toBe(3);
    // Kerry without NC: 106,425 - 4,844 = 101,581; 177 - 29 = 148.
    expect(feb.candidates[0]).toMatchObject({ candidateId: 'john-kerry', votes: 101581, delegates: 148 });
  });
});
