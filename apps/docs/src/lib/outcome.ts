import type { ContestSummary, ContestTally } from '@tally/core';

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

const figure = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The sentence a results page opens with: who won, with what share, and by how much over whom; or, where the
 * figures name no winner, what the outcome is and why (an undetermined outcome gives the tally's reason).
 */
export function headline(
  tally: Pick<
    ContestTally,
    'outcome' | 'winner' | 'runnerUp' | 'margin' | 'ranking' | 'undetermined' | 'unit'
  >,
): string {
  const unit = tally.unit ?? 'votes';
  switch (tally.outcome) {
    case 'decided': {
      const first = tally.ranking[0];
      const share =
        first?.share ??
        (first?.percent === null || first?.percent === undefined ? null : first.percent / 100);
      const winner = tally.winner?.candidate ?? first?.candidate ?? 'The leader';
      const withShare = share === null ? '' : ` with ${(share * 100).toFixed(2)}% of the ${unit}`;
      if (tally.runnerUp === null || tally.margin === null) {
        const why =
          tally.undetermined === null ? '' : ` The margin cannot be told: ${tally.undetermined.reason}.`;
        return `${winner} won${withShare}.${why}`;
      }
      const by = `${figure.format(tally.margin.votes)} ${unit} (${figure.format(tally.margin.points)} points)`;
      return `${winner} won${withShare}, ${by} ahead of ${tally.runnerUp.candidate}.`;
    }
    case 'tied':
      return `No single winner: the leaders are tied on ${unit}.`;
    case 'no-votes':
      return 'No winner: no candidate has a count.';
    case 'undetermined':
      return `Winner undetermined: ${tally.undetermined?.reason ?? 'a row without a figure could change who won'}.`;
  }
}
