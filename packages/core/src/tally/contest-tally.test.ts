import { expect, test } from 'vitest';
import { ContestTally } from '../schema/tally.js';
import { tallyContest } from './contest-tally.js';
import { buildContest } from './fixtures/contest-builder.js';

test('winner, runner-up and margin in votes and in points of the exact shares', () => {
  const t = tallyContest(
    buildContest({
      rows: [
        ['B', 300, 30, 1],
        ['A', 600, 60, 2],
        ['C', 100, 10, 0],
      ],
    }),
  );
  expect(t.winner).toEqual({ candidate: 'A', candidateId: 'a' });
  expect(t.runnerUp).toEqual({ candidate: 'B', candidateId: 'b' });
  // 600/1000 - 300/1000 = 0.3: 30 points.
  expect(t.margin).toEqual({ votes: 300, points: (0.6 - 0.3) * 100 });
  expect(t.totals).toEqual({ votes: 1000, delegates: 3, statedVotes: 1000, statedDelegates: 3 });
  expect(() => ContestTally.parse(t)).not.toThrow();
});

test('points come from the computed shares, not the stated percents', () => {
  // Stated 50.82% and 23.70%; computed 5,366/10,558 and 2,502/10,558.
  const t = tallyContest(
    buildContest({
      rows: [
        ['John Kerry', 5366, 50.82, 9],
        ['Wesley Clark', 2502, 23.7, 5],
        ['Others', 2690, 25.48, 0, 'other'],
      ],
    }),
  );
  expect(t.margin?.points).toBe((5366 / 10558 - 2502 / 10558) * 100);
  expect(t.margin?.points).not.toBe(50.82 - 23.7);
});

test('a pseudo-candidate ranks first but never wins: the winner is the top real candidate', () => {
  const t = tallyContest(
    buildContest({
      rows: [
        ['Uncommitted', 700, null, 0, 'uncommitted'],
        ['A', 200, null, 0],
        ['Write-ins', 150, null, 0, 'write-in'],
        ['B', 100, null, 0],
      ],
    }),
  );
  expect(t.ranking.map((r) => r.candidateId)).toEqual(['uncommitted', 'a', 'write-ins', 'b']);
  expect([t.winner?.candidate, t.runnerUp?.candidate]).toEqual(['A', 'B']);
  expect(t.margin?.votes).toBe(100);
});

test('a tie for first has no winner, runner-up or margin', () => {
  const t = tallyContest(
    buildContest({
      rows: [
        ['A', 5, null, 0],
        ['B', 5, null, 0],
        ['C', 1, null, 0],
      ],
    }),
  );
  expect([t.winner, t.runnerUp, t.margin]).toEqual([null, null, null]);
});

test('a tie for second still gives a runner-up: the one listed first', () => {
  const t = tallyContest(
    buildContest({
      rows: [
        ['A', 9, null, 0],
        ['B', 5, null, 0],
        ['C', 5, null, 0],
      ],
    }),
  );
  expect([t.winner?.candidateId, t.runnerUp?.candidateId, t.margin?.votes]).toEqual(['a', 'b', 4]);
});

test('a lone candidate wins with no runner-up and no margin', () => {
  const t = tallyContest(buildContest({ rows: [['A', 9, null, 1]] }));
  expect([t.winner?.candidateId, t.runnerUp, t.margin]).toEqual(['a', null, null]);
});

test('without votes there is no winner, and no computed vote total', () => {
  const t = tallyContest(
    buildContest({
      rows: [
        ['A', null, 60, null],
        ['B', null, 40, null],
      ],
    }),
  );
  expect([t.winner, t.margin]).toEqual([null, null]);
  expect(t.totals).toEqual({ votes: null, delegates: null, statedVotes: null, statedDelegates: null });
  const zero = tallyContest(buildContest({ rows: [['A', 0, null, 0]] }));
  expect(zero.winner).toBeNull();
});

test('totals: the rows summed beside what the Total row states', () => {
  const t = tallyContest(
    buildContest({
      totalVotes: 1_010,
      totalDelegates: 4,
      rows: [
        ['A', 600, null, 2],
        ['B', 400, null, 1],
      ],
    }),
  );
  expect(t.totals).toEqual({ votes: 1000, delegates: 3, statedVotes: 1010, statedDelegates: 4 });
  expect(t.unit).toBe('votes');
  expect(t.contestId).toBe('2004-nd-democratic-caucus');
});

test('the outcome says decided, tied or no-votes beside the winner', () => {
  const decided = tallyContest(
    buildContest({
      rows: [
        ['A', 9, null, 1],
        ['B', 5, null, 0],
      ],
    }),
  );
  expect([decided.outcome, decided.undetermined]).toEqual(['decided', null]);
  const tied = tallyContest(
    buildContest({
      rows: [
        ['A', 5, null, 0],
        ['B', 5, null, 0],
      ],
    }),
  );
  expect([tied.outcome, tied.winner]).toEqual(['tied', null]);
  const none = tallyContest(
    buildContest({
      rows: [
        ['A', null, 60, null],
        ['B', null, 40, null],
      ],
    }),
  );
  expect([none.outcome, none.winner]).toEqual(['no-votes', null]);
});

test('a row without a count that the Total leaves room to win makes the winner undetermined', () => {
  // Rows read: 600 + 300; the Total says 1,500, so C's blank cell could hold up to 600 votes: a tie at least.
  const t = tallyContest(
    buildContest({
      totalVotes: 1_500,
      rows: [
        ['A', 600, null, 0],
        ['B', 300, null, 0],
        ['C', null, null, 0],
      ],
    }),
  );
  expect([t.outcome, t.winner, t.runnerUp, t.margin]).toEqual(['undetermined', null, null, null]);
  expect(t.undetermined?.lines).toEqual([12]);
  expect(t.undetermined?.reason).toContain("C's row has no figure");
  expect(t.undetermined?.reason).toContain('up to 600 votes');
  expect(() => ContestTally.parse(t)).not.toThrow();
});

test('an unread row the Total leaves too little room for keeps the winner, but not the runner-up it could pass', () => {
  // The Total leaves 350 votes: C cannot reach A's 600, but could pass B's 300.
  const t = tallyContest(
    buildContest({
      totalVotes: 1_250,
      rows: [
        ['A', 600, null, 0],
        ['B', 300, null, 0],
        ['C', null, null, 0],
      ],
    }),
  );
  expect([t.outcome, t.winner?.candidateId, t.runnerUp, t.margin]).toEqual(['decided', 'a', null, null]);
  expect(t.undetermined?.reason).toContain('runner-up and margin cannot be told');
  // Leaving 250, C cannot reach B either: everything stands.
  const sure = tallyContest(
    buildContest({
      totalVotes: 1_150,
      rows: [
        ['A', 600, null, 0],
        ['B', 300, null, 0],
        ['C', null, null, 0],
      ],
    }),
  );
  expect([sure.winner?.candidateId, sure.runnerUp?.candidateId, sure.undetermined]).toEqual(['a', 'b', null]);
});

test('without a Total count nothing bounds an unread row: undetermined', () => {
  const t = tallyContest(
    buildContest({
      totalVotes: null,
      rows: [
        ['A', 600, null, 0],
        ['B', null, null, 0],
      ],
    }),
  );
  expect(t.outcome).toBe('undetermined');
  expect(t.undetermined?.reason).toContain('any number of votes');
});

test("an unread row's own stated percent bounds it", () => {
  // The Total leaves 400 votes, but B's 10% of 1,000 (10.5% at most, rounding) is 105 at most.
  const t = tallyContest(
    buildContest({
      totalVotes: 1_000,
      rows: [
        ['A', 600, 60, 0],
        ['B', null, 10, 0],
        ['C', null, 30, 0],
      ],
    }),
  );
  // C's 30% (up to 30.5%: 305 votes) cannot reach A's 600.
  expect([t.outcome, t.winner?.candidateId]).toEqual(['decided', 'a']);
  expect(t.undetermined?.lines).toEqual([11, 12]);
});

test('an unread pseudo-candidate row never changes the winner', () => {
  const t = tallyContest(
    buildContest({
      totalVotes: 2_000,
      rows: [
        ['A', 600, null, 0],
        ['B', 300, null, 0],
        ['Uncommitted', null, null, 0, 'uncommitted'],
      ],
    }),
  );
  expect([t.outcome, t.winner?.candidateId, t.undetermined]).toEqual(['decided', 'a', null]);
});
