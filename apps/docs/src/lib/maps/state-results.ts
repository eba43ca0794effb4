import type { ContestSummary } from '@tally/core';

/** What a state of a race's map shows: its contests of the race, and who won them. */
export interface StateResult {
  stateCode: string;
  state: string;
  contests: { id: string; title: string; coverage: ContestSummary['coverage']; winner: string | null }[];
  /** The winner of every contest of the state, when they agree; null when none has a winner, or they differ. */
  winner: { candidateId: string; candidate: string } | null;
  /** Why the state has no one winner: its contests name no winner, or name different ones. */
  label: 'won' | 'no winner' | 'split';
}

/**
 * A race's contests by state, for its map: each state with its contests of the race (a caucus and a primary, or a
 * file covering part of it), and its winner when its contests agree on one.
 */
export function stateResults(contests: readonly ContestSummary[]): StateResult[] {
  const byState = new Map<string, ContestSummary[]>();
  for (const contest of contests) {
    const list = byState.get(contest.stateCode) ?? [];
    list.push(contest);
    byState.set(contest.stateCode, list);
  }
  return [...byState]
    .map(([stateCode, list]): StateResult => {
      const winners = new Map(
        list.flatMap((c) => (c.winner ? [[c.winner.candidateId, c.winner] as const] : [])),
      );
      const decided = list.every((c) => c.winner !== null);
      const winner = decided && winners.size === 1 ? ([...winners.values()][0] ?? null) : null;
      return {
        stateCode,
        state: list[0]?.state ?? stateCode,
        contests: list.map((c) => ({
          id: c.id,
          title: c.title,
          coverage: c.coverage,
          winner: c.winner?.candidate ?? null,
        })),
        winner,
        label: winner ? 'won' : winners.size > 1 ? 'split' : 'no winner',
      };
    })
    .sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
}
