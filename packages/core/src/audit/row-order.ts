import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { rowLabel } from './names.js';
import { formatCount } from './precision.js';
import { unitOf } from './unit.js';

function isDescending(rows: readonly ResultRow[], figure: (row: ResultRow) => number | null): boolean {
  for (let index = 1; index < rows.length; index++) {
    const above = figure(rows[index - 1] as ResultRow);
    const below = figure(rows[index] as ResultRow);
    if (above === null || below === null || above < below) return false;
  }
  return true;
}

function orderedBy(rows: readonly ResultRow[]): string {
  if (isDescending(rows, (row) => row.delegates)) return 'The table is ordered by delegates instead';
  return 'No other column explains the order';
}

/**
 * Rows out of order by the counted unit: a row standing above one with more votes. Info, not a warning:
 * no figure is wrong, but the table's order is not the ranking, which must be computed. Pseudo-candidates
 * are left out, as tables list them last by convention.
 */
export function checkRowOrder(contest: Contest): Finding[] {
  const rows = contest.results.filter((row) => row.kind === 'candidate' && row.votes !== null);
  const pairs: [ResultRow, ResultRow][] = [];
  for (let index = 1; index < rows.length; index++) {
    const above = rows[index - 1] as ResultRow;
    const below = rows[index] as ResultRow;
    if ((above.votes ?? 0) < (below.votes ?? 0)) pairs.push([above, below]);
  }
  if (pairs.length === 0) return [];
  const unit = unitOf(contest);
  const described = pairs
    .map(
      ([above, below]) =>
        `${rowLabel(above)} (line ${above.line}, ${formatCount(above.votes ?? 0)}) stands above ${rowLabel(below)} (line ${below.line}, ${formatCount(below.votes ?? 0)})`,
    )
    .join('; ');
  return [
    finding(
      'rows-out-of-order',
      'info',
      `The rows are not in order of ${unit}: ${described}. ${orderedBy(rows)}; rank by ${unit}, not by row order.`,
      pairs.flatMap(([above, below]) => [above.line, below.line]),
    ),
  ];
}
