import type { CandidateKind, Contest } from '../schema/contest.js';
import type {
  CandidateAggregate,
  CandidateContest,
  ContestFilter,
  ContestTally,
  CrossTally,
} from '../schema/tally.js';
import { byDateThenId } from './by-date.js';
import { tallyContest } from './contest-tally.js';
import { cumulativeSeries } from './cumulative.js';
import { filterContests } from './filter.js';

/** The most frequent spelling of a name; on a tie, the one seen first. */
function displayName(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0] ?? '';
  for (const [s, n] of counts) if (n > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * Per candidate, across every contest a filter selects, whatever race each belongs to: the one tally that
 * adds figures across races, named for it (`tallyRaces` keeps each race apart). Per candidate: votes, delegates, contests entered and won, and
 * their result in each contest (by date, then contest id; undated last). Candidates are matched by
 * `candidateId` and shown by their most frequent spelling (the first seen on a tie); they are ordered by
 * delegates, then votes, highest first, then by id. Pseudo-candidates (Uncommitted, Write-ins, Others)
 * keep their own aggregates, with their kind, and never win. Also the cumulative series by date.
 */
export function tallyAcrossRaces(contests: readonly Contest[], filter: ContestFilter = {}): CrossTally {
  const tallied = filterContests(contests, filter).map((contest) => ({
    id: contest.id,
    date: contest.date,
    stateCode: contest.stateCode,
    tally: tallyContest(contest),
  }));
  return combineTallies(tallied, filter);
}

/** What the cross-contest tally reads of one contest: which it is, when, where, and its own tally. */
export type TalliedContest = {
  id: string;
  date: string | null;
  stateCode: string;
  tally: Pick<ContestTally, 'ranking' | 'winner'>;
};

/**
 * `tallyAcrossRaces` over contests already tallied one by one (`tallyContest`), for a caller that keeps each
 * contest's tally rather than the whole contest, as the data build does, one race at a time (`raceOf`). `filter` is only echoed back.
 */
export function combineTallies(tallied: readonly TalliedContest[], filter: ContestFilter = {}): CrossTally {
  const selected = [...tallied].sort(byDateThenId);
  const seen = new Map<string, { spellings: string[]; kind: CandidateKind; contests: CandidateContest[] }>();
  for (const { tally, ...contest } of selected) {
    for (const r of tally.ranking) {
      const entry = seen.get(r.candidateId) ?? { spellings: [], kind: r.kind, contests: [] };
      seen.set(r.candidateId, entry);
      entry.spellings.push(r.candidate);
      entry.contests.push({
        contestId: contest.id,
        date: contest.date,
        stateCode: contest.stateCode,
        votes: r.votes,
        share: r.share,
        percent: r.percent,
        delegates: r.delegates,
        rank: r.rank,
        won: tally.winner?.candidateId === r.candidateId,
        withdrawn: r.withdrawn,
      });
    }
  }
  const candidates: CandidateAggregate[] = [...seen].map(([candidateId, e]) => ({
    candidateId,
    candidate: displayName(e.spellings),
    kind: e.kind,
    votes: e.contests.reduce((s, c) => s + (c.votes ?? 0), 0),
    delegates: e.contests.reduce((s, c) => s + (c.delegates ?? 0), 0),
    contestsEntered: e.contests.length,
    contestsWon: e.contests.filter((c) => c.won).length,
    contests: e.contests,
  }));
  candidates.sort(
    (a, b) =>
      b.delegates - a.delegates ||
      b.votes - a.votes ||
      (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
  return { filter, contests: selected.length, candidates, series: cumulativeSeries(selected, candidates) };
}
