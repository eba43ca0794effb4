import type { ContestSummary } from '@tally/core';

/**
 * Who won a contest, said honestly: the winner's name when the figures name one; otherwise what the outcome
 * is and why (an unread row that could change the winner leaves it undetermined: never the next candidate).
 */
export function outcomeText(summary: Pick<ContestSummary, 'outcome' | 'winner' | 'undetermined'>): string {
  switch (summary.outcome) {
    case 'decided':
      return summary.winner?.candidate ?? 'undetermined';
    case 'tied':
      return 'tied: no single winner';
    case 'no-votes':
      return 'no winner: no candidate has a count';
    case 'undetermined':
      return `undetermined: ${summary.undetermined?.reason ?? 'a row without a figure could change who won'}`;
  }
}

/** The short form, for a card or a cell: the winner's name, or the outcome in a word. */
export function outcomeShort(summary: Pick<ContestSummary, 'outcome' | 'winner'>): string {
  if (summary.outcome === 'decided' && summary.winner) return `won by ${summary.winner.candidate}`;
  return summary.outcome === 'undetermined'
    ? 'winner undetermined'
    : summary.outcome === 'tied'
      ? 'tied'
      : 'no winner';
}
