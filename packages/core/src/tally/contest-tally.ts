import type { Contest } from '../schema/contest.js';
import type { ContestTally, RankedResult } from '../schema/tally.js';
import { rankRows } from './rank.js';

const sumOf = (values: (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

const named = (r: RankedResult) => ({ candidate: r.candidate, candidateId: r.candidateId });

/**
 * One contest's ranking, winner, runner-up, margin and totals.
 *
 * - The winner is the real candidate (kind `candidate`) with the most votes: a leading Uncommitted or
 *   Write-ins row is ranked but never wins. No winner, runner-up or margin on a tie for first among real
 *   candidates, or when no real candidate has a vote.
 * - The runner-up is the next real candidate with votes; the margin is the difference in votes and in
 *   percentage points of the exact computed shares (not of the stated, rounded percents).
 * - Totals: the rows summed beside the Total row as stated.
 */
export function tallyContest(contest: Contest): ContestTally {
  const ranking = rankRows(contest.results);
  const real = ranking.filter((r) => r.kind === 'candidate' && r.votes !== null);
  const [first, second] = real;
  const tied = first !== undefined && second !== undefined && first.votes === second.votes;
  const winner = first !== undefined && !tied && (first.votes ?? 0) > 0 ? first : null;
  const runnerUp = winner !== null && second !== undefined ? second : null;
  return {
    contestId: contest.id,
    unit: contest.unit,
    ranking,
    winner: winner && named(winner),
    runnerUp: runnerUp && named(runnerUp),
    margin:
      winner && runnerUp
        ? {
            votes: (winner.votes ?? 0) - (runnerUp.votes ?? 0),
            points: ((winner.share ?? 0) - (runnerUp.share ?? 0)) * 100,
          }
        : null,
    totals: {
      votes: sumOf(contest.results.map((r) => r.votes)),
      delegates: sumOf(contest.results.map((r) => r.delegates)),
      statedVotes: contest.totals.votes,
      statedDelegates: contest.totals.delegates,
    },
  };
}
