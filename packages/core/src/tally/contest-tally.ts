import type { Contest } from '../schema/contest.js';
import type { ContestTally, Outcome, RankedResult } from '../schema/tally.js';
import { rankRows } from './rank.js';
import { formatFigure, type UnreadReach, unreadReach } from './unread-reach.js';

const sumOf = (values: (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

const named = (r: RankedResult) => ({ candidate: r.candidate, candidateId: r.candidateId });

function reasonOf(reach: UnreadReach, overtaken: RankedResult | null, forWinner: boolean): string {
  const rows =
    reach.names.length === 1
      ? `${reach.names[0]}'s row has`
      : `${reach.names.length} rows (${reach.names.join(', ')}) have`;
  const most = Number.isFinite(reach.most) ? `up to ${formatFigure(reach.most)}` : 'any number of';
  const target = overtaken
    ? `${overtaken.candidate}'s ${formatFigure(overtaken.votes ?? 0)}`
    : 'the candidates read';
  return `${rows} no figure, and the table leaves ${most} ${reach.unit} for ${reach.names.length === 1 ? 'it' : 'any of them'} (${reach.basis}): enough to reach ${target}, so the ${forWinner ? 'winner' : 'runner-up and margin'} cannot be told.`;
}

/**
 * One contest's ranking, outcome, winner, runner-up, margin and totals.
 *
 * - The winner is the real candidate (kind `candidate`) with the most votes: a leading Uncommitted or
 *   Write-ins row is ranked but never wins. No winner on a tie for first among real candidates, or when no
 *   real candidate has a vote.
 * - A real candidate's row without a figure (blank, `n/a`, `?`) while other rows have one is unread: when
 *   the most it could hold (what the Total row leaves over, or its stated percent of the total) could reach
 *   the leader, the outcome is `undetermined` and no winner is named; when it could reach the runner-up,
 *   the winner stands but the runner-up and margin are left null, with the reason.
 * - The runner-up is the next real candidate with votes; the margin is the difference in votes and in
 *   percentage points of the exact computed shares (not of the stated, rounded percents).
 * - Totals: the rows summed beside the Total row as stated.
 */
export function tallyContest(contest: Contest): ContestTally {
  const ranking = rankRows(contest.results);
  const real = ranking.filter((r) => r.kind === 'candidate' && r.votes !== null);
  const [first, second] = real;
  const tied = first !== undefined && second !== undefined && first.votes === second.votes;
  const leader = first !== undefined && !tied && (first.votes ?? 0) > 0 ? first : null;
  const reach = unreadReach(contest);
  const overtakes = (row: RankedResult | null | undefined) =>
    row !== null && row !== undefined && reach !== null && reach.most >= (row.votes ?? 0);

  let outcome: Outcome;
  if (first === undefined || (first.votes ?? 0) === 0) outcome = reach ? 'undetermined' : 'no-votes';
  else if (overtakes(first)) outcome = 'undetermined';
  else outcome = tied ? 'tied' : 'decided';

  const winner = outcome === 'decided' ? leader : null;
  const runnerUp = winner !== null && second !== undefined && !overtakes(second) ? second : null;
  // The runner-up is unsure when an unread row could pass the one read, or none was read at all.
  const runnerUpUnsure = winner !== null && reach !== null && (second === undefined || overtakes(second));
  return {
    contestId: contest.id,
    unit: contest.unit,
    ranking,
    outcome,
    winner: winner && named(winner),
    undetermined:
      reach !== null && (outcome === 'undetermined' || runnerUpUnsure)
        ? {
            reason: reasonOf(
              reach,
              outcome === 'undetermined' ? (first ?? null) : (second ?? null),
              !runnerUpUnsure,
            ),
            lines: reach.lines,
          }
        : null,
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
