import type { Contest } from '@tally/core';
import { csvRecord } from './csv.ts';

/**
 * OpenElections' statewide layout (state, office, district, party, candidate, votes), then what a contest
 * row adds: delegates, the stated percent, the counted unit (caucuses may count something other than
 * votes), and where the row comes from: the article's title (the credit CC BY-SA asks for travels with the
 * file) and the source file and line, so every figure can be traced.
 */
export const RESULTS_CSV_COLUMNS = [
  'state',
  'office',
  'district',
  'party',
  'candidate',
  'votes',
  'delegates',
  'percent',
  'unit',
  'contest_id',
  'date',
  'source_title',
  'source_file',
  'source_line',
] as const;

/** The header record of `results.csv`. */
export const RESULTS_CSV_HEADER = csvRecord(RESULTS_CSV_COLUMNS);

/** One contest's records, one per result row (the Total row excluded), in table order. */
export function resultsCsvRecords(contest: Contest): string {
  return contest.results
    .map((row) =>
      csvRecord([
        contest.stateCode,
        'President',
        '',
        contest.party,
        row.candidate,
        row.votes,
        row.delegates,
        row.percent,
        contest.unit,
        contest.id,
        contest.date,
        contest.title,
        contest.source.file,
        row.line,
      ]),
    )
    .join('');
}

/** The whole file: the header, then each contest's records, contests in the order given. */
export function resultsCsv(contests: readonly Contest[]): string {
  return RESULTS_CSV_HEADER + contests.map(resultsCsvRecords).join('');
}
