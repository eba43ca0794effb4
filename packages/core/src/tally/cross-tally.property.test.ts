import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CandidateKind } from '../schema/contest.js';
import type { CrossTally } from '../schema/tally.js';
import { tallyContest } from './contest-tally.js';
import { tallyAcrossRaces } from './cross-tally.js';
import { buildContest, type ShortRow } from './fixtures/contest-builder.js';

const NAMES: [string, CandidateKind][] = [
  ['John Kerry', 'candidate'],
  ['John Edwards', 'candidate'],
  ['Howard Dean', 'candidate'],
  ['Wesley Clark', 'candidate'],
  ['Uncommitted', 'uncommitted'],
  ['Write-ins', 'write-in'],
];
const row = ([name, kind]: [string, CandidateKind]) =>
  fc
    .tuple(fc.option(fc.nat({ max: 100_000 }), { nil: null, freq: 8 }), fc.nat({ max: 50 }))
    .map(([votes, delegates]): ShortRow => [name, votes, null, delegates, kind]);
const contest = fc
  .record({
    stateCode: fc.constantFrom('IA', 'NH', 'ND', 'WA', 'MI', 'NC'),
    day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null, freq: 6 }),
    rows: fc.subarray(NAMES, { minLength: 1 }).chain((names) => fc.tuple(...names.map(row))),
  })
  .map(({ stateCode, day, rows }) =>
    buildContest({ stateCode, date: day === null ? null : `2004-02-0${day}`, rows }),
  );
const contests = fc.uniqueArray(contest, { selector: (c) => c.id, maxLength: 6 });
const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);

test('shares of a contest sum to 1 whenever any row has votes', () => {
  fc.assert(
    fc.property(contest, (c) => {
      const shares = tallyContest(c).ranking.map((r) => r.share);
      if (c.results.some((r) => (r.votes ?? 0) > 0)) {
        expect(Math.abs(sum(shares) - 1)).toBeLessThanOrEqual(1e-9);
      } else {
        expect(shares.every((s) => s === null)).toBe(true);
      }
    }),
  );
});

test('each aggregate is the sum of its contests, and all of them the sum of every row', () => {
  fc.assert(
    fc.property(contests, (cs) => {
      const t = tallyAcrossRaces(cs);
      for (const a of t.candidates) {
        expect(a.votes).toBe(sum(a.contests.map((c) => c.votes)));
        expect(a.delegates).toBe(sum(a.contests.map((c) => c.delegates)));
        expect(a.contestsEntered).toBe(a.contests.length);
        expect(a.contestsWon).toBe(a.contests.filter((c) => c.won).length);
        if (a.kind !== 'candidate') expect(a.contestsWon).toBe(0);
      }
      const rows = cs.flatMap((c) => c.results);
      expect(sum(t.candidates.map((a) => a.votes))).toBe(sum(rows.map((r) => r.votes)));
      expect(sum(t.candidates.map((a) => a.delegates))).toBe(sum(rows.map((r) => r.delegates)));
      expect(sum(t.candidates.map((a) => a.contestsEntered))).toBe(rows.length);
      const winners = cs.filter((c) => tallyContest(c).winner !== null).length;
      expect(sum(t.candidates.map((a) => a.contestsWon))).toBe(winners);
    }),
  );
});

/** Every candidate's totals after each point, carrying forward those a point leaves out (none before the first). */
function carriedForward(
  series: CrossTally['series'],
): Map<string, { votes: number; delegates: number; wins: number }>[] {
  const totals = new Map<string, { votes: number; delegates: number; wins: number }>();
  return series.map((point) => {
    for (const { candidateId, ...t } of point.candidates) totals.set(candidateId, t);
    return new Map(totals);
  });
}
const none = { votes: 0, delegates: 0, wins: 0 };

test('each point, carried forward, is the sum of the dated contests up to its date, and lists who moved', () => {
  fc.assert(
    fc.property(contests, (cs) => {
      const t = tallyAcrossRaces(cs);
      const dates = [...new Set(cs.flatMap((c) => (c.date ? [c.date] : [])))].sort();
      expect(t.series.map((p) => p.date)).toEqual(dates);
      const after = carriedForward(t.series);
      t.series.forEach((point, i) => {
        const upTo = cs.filter((c) => c.date !== null && c.date <= point.date);
        for (const a of t.candidates) {
          const rows = upTo.flatMap((c) => c.results.filter((r) => r.candidateId === a.candidateId));
          const wins = upTo.filter((c) => tallyContest(c).winner?.candidateId === a.candidateId).length;
          expect(after[i]?.get(a.candidateId) ?? none).toEqual({
            votes: sum(rows.map((r) => r.votes)),
            delegates: sum(rows.map((r) => r.delegates)),
            wins,
          });
        }
        const onDate = cs.filter((c) => c.date === point.date);
        const moved = new Set(
          onDate.flatMap((c) => {
            const winner = tallyContest(c).winner?.candidateId;
            return c.results
              .filter((r) => (r.votes ?? 0) > 0 || (r.delegates ?? 0) > 0 || r.candidateId === winner)
              .map((r) => r.candidateId);
          }),
        );
        expect(point.candidates.map((p) => p.candidateId)).toEqual(
          t.candidates.map((a) => a.candidateId).filter((id) => moved.has(id)),
        );
      });
    }),
  );
});

test("the last point's totals, carried forward, equal each candidate's aggregate over the dated contests", () => {
  fc.assert(
    fc.property(contests, (cs) => {
      const last = carriedForward(tallyAcrossRaces(cs).series).at(-1) ?? new Map();
      for (const a of tallyAcrossRaces(cs.filter((c) => c.date !== null)).candidates) {
        expect(last.get(a.candidateId) ?? none).toEqual({
          votes: a.votes,
          delegates: a.delegates,
          wins: a.contestsWon,
        });
      }
    }),
  );
});
