import type { ContestSummary, Unit } from '@tally/core';

/**
 * Who each county's map shading should show, worked out here from the units alone, apart from the site's
 * code: the units placed in a county (by FIPS code) added up, the real candidate with the most votes, none on a
 * tie or when no real candidate has a vote.
 */
export function expectedCountyWinners(units: readonly Unit[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const unit of units) {
    if (unit.fips === null) continue;
    const county = votes.get(unit.fips) ?? new Map<string, number>();
    votes.set(unit.fips, county);
    for (const result of unit.results) {
      if (result.kind !== 'candidate') continue;
      county.set(result.candidateId, (county.get(result.candidateId) ?? 0) + (result.votes ?? 0));
    }
  }
  const winners = new Map<string, string>();
  for (const [fips, county] of votes) {
    const ranked = [...county].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    const won = first !== undefined && first[1] > 0 && (second === undefined || second[1] < first[1]);
    winners.set(fips, won ? first[0] : '');
  }
  return winners;
}

/** Who each state's shading on a race's map should show: the winner all its contests name, else none. */
export function expectedStateWinners(contests: readonly ContestSummary[]): Map<string, string> {
  const byState = new Map<string, ContestSummary[]>();
  for (const contest of contests)
    byState.set(contest.stateCode, [...(byState.get(contest.stateCode) ?? []), contest]);
  return new Map(
    [...byState].map(([state, list]) => {
      const ids = new Set(list.map((c) => c.winner?.candidateId ?? ''));
      const [only] = ids;
      return [state, ids.size === 1 && only !== undefined ? only : ''];
    }),
  );
}

/** What a map shows, read from the page: each shape's key, winner, label and fill, and the legend's colours. */
export type MapShapes = { key: string; winner: string; label: string; fill: string }[];
