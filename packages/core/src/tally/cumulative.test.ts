import { expect, test } from 'vitest';
import type { CandidateAggregate, CandidateContest } from '../schema/tally.js';
import { cumulativeSeries } from './cumulative.js';

const result = (
  contestId: string,
  date: string | null,
  votes: number | null,
  delegates: number | null,
  won: boolean,
): CandidateContest => ({
  contestId,
  date,
  stateCode: 'ND',
  votes,
  share: null,
  percent: null,
  delegates,
  rank: won ? 1 : 2,
  won,
  withdrawn: false,
});
const aggregate = (candidateId: string, contests: CandidateContest[]): CandidateAggregate => ({
  candidateId,
  candidate: candidateId,
  kind: 'candidate',
  votes: 0,
  delegates: 0,
  contestsEntered: contests.length,
  contestsWon: 0,
  contests,
});

const contests = [
  { id: 'ia', date: '2004-01-19' },
  { id: 'mi', date: '2004-02-07' },
  { id: 'wa', date: '2004-02-07' },
  { id: 'gu', date: null },
];
const kerry = aggregate('kerry', [
  result('ia', '2004-01-19', 60, 6, true),
  result('mi', '2004-02-07', 100, 10, true),
  result('wa', '2004-02-07', 30, null, false),
  result('gu', null, 1000, 100, true),
]);
const clark = aggregate('clark', [result('wa', '2004-02-07', 40, 4, true)]);

test('one point per date, contests of a day together, running totals of votes, delegates and wins', () => {
  expect(cumulativeSeries(contests, [kerry, clark])).toEqual([
    {
      date: '2004-01-19',
      contestIds: ['ia'],
      candidates: [{ candidateId: 'kerry', votes: 60, delegates: 6, wins: 1 }],
    },
    {
      date: '2004-02-07',
      contestIds: ['mi', 'wa'],
      candidates: [
        { candidateId: 'kerry', votes: 190, delegates: 16, wins: 2 },
        { candidateId: 'clark', votes: 40, delegates: 4, wins: 1 },
      ],
    },
  ]);
});

test('a candidate first seen later joins the series then; candidates keep the order given', () => {
  const series = cumulativeSeries(contests, [clark, kerry]);
  expect(series.map((p) => p.candidates.map((c) => c.candidateId))).toEqual([['kerry'], ['clark', 'kerry']]);
});

test('a point lists only the candidates whose totals changed; the others keep theirs', () => {
  const nevada = { id: 'nv', date: '2004-02-14' };
  const withNevada = [
    aggregate('kerry', [...kerry.contests, result('nv', '2004-02-14', 0, 0, false)]),
    aggregate('clark', [...clark.contests, result('nv', '2004-02-14', 10, 1, true)]),
  ];
  // Kerry stood in Nevada and gained nothing: he is left out, and keeps February 7's 190 votes, 16, 2.
  expect(cumulativeSeries([...contests, nevada], withNevada)[2]).toEqual({
    date: '2004-02-14',
    contestIds: ['nv'],
    candidates: [{ candidateId: 'clark', votes: 50, delegates: 5, wins: 2 }],
  });
});

test('a date on which nobody gains still has its point, with no candidates', () => {
  const maine = { id: 'me', date: '2004-02-08' };
  const withMaine = [aggregate('kerry', [...kerry.contests, result('me', '2004-02-08', null, null, false)])];
  expect(cumulativeSeries([...contests, maine], withMaine).map((p) => [p.date, p.candidates.length])).toEqual(
    [
      ['2004-01-19', 1],
      ['2004-02-07', 1],
      ['2004-02-08', 0],
    ],
  );
});

test('the series holds one entry per candidate and date with a gain, not one per candidate seen so far', () => {
  // Fifty dates, each won by a newcomer: 50 entries (listing everyone seen so far would take 1 + 2 + ... + 50 = 1,275).
  const days = Array.from({ length: 50 }, (_, i) => ({
    id: `c${i}`,
    date: new Date(Date.UTC(2004, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  const winners = days.map((d, i) => aggregate(`w${i}`, [result(d.id, d.date, 1, 1, true)]));
  const series = cumulativeSeries(days, winners);
  expect(series).toHaveLength(50);
  expect(series.flatMap((p) => p.candidates)).toHaveLength(50);
  expect(series[49]?.candidates).toEqual([{ candidateId: 'w49', votes: 1, delegates: 1, wins: 1 }]);
});

test('no dated contest, no points', () => {
  expect(cumulativeSeries([{ id: 'gu', date: null }], [kerry])).toEqual([]);
});
