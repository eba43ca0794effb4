import type { CandidateAggregate, CandidateContest, CumulativePoint } from '../schema/tally.js';

type Totals = { votes: number; delegates: number; wins: number };

const changes = (x: CandidateContest) => (x.votes ?? 0) > 0 || (x.delegates ?? 0) > 0 || x.won;

/**
 * Running totals by date, as changes: one point per distinct date on which a contest was held, in order,
 * naming the contests of that date and listing only the candidates whose votes, delegates or wins changed
 * on it, with their totals up to and including it, in the order of `candidates`. A candidate absent from a
 * point keeps the totals of the last point that lists them (none before the first), so a reader carries
 * them forward. Undated contests are left out. One pass over the results, so the series grows with them,
 * not with dates times candidates.
 */
export function cumulativeSeries(
  contests: readonly { id: string; date: string | null }[],
  candidates: readonly CandidateAggregate[],
): CumulativePoint[] {
  const idsByDate = new Map<string, string[]>();
  for (const c of contests) {
    if (c.date === null) continue;
    const ids = idsByDate.get(c.date);
    if (ids) ids.push(c.id);
    else idsByDate.set(c.date, [c.id]);
  }
  // Each date's results, grouped by candidate in the order of `candidates`, each candidate's in contest order.
  const resultsByDate = new Map<string, { index: number; result: CandidateContest }[]>(
    [...idsByDate.keys()].map((date) => [date, []]),
  );
  candidates.forEach((c, index) => {
    for (const result of c.contests) {
      if (result.date !== null && changes(result)) resultsByDate.get(result.date)?.push({ index, result });
    }
  });
  const running: Totals[] = candidates.map(() => ({ votes: 0, delegates: 0, wins: 0 }));
  return [...idsByDate.keys()].sort().map((date) => {
    const changed: number[] = [];
    for (const { index, result } of resultsByDate.get(date) ?? []) {
      const r = running[index] as Totals;
      r.votes += result.votes ?? 0;
      r.delegates += result.delegates ?? 0;
      r.wins += result.won ? 1 : 0;
      if (changed.at(-1) !== index) changed.push(index);
    }
    return {
      date,
      contestIds: (idsByDate.get(date) ?? []).sort(),
      candidates: changed.map((index) => ({
        candidateId: (candidates[index] as CandidateAggregate).candidateId,
        ...(running[index] as Totals),
      })),
    };
  });
}
