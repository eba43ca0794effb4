import type { ResultRecord } from '../schema/result-record.js';
import { type CsvValue, writeCsv } from './write-csv.js';

/**
 * The columns of every results CSV (a contest's, a race's, the data package's), each a field of
 * `ResultRecord` flattened. OpenElections' columns first (`state`, `county`, `precinct`, `office`,
 * `district`, `party`, `candidate`, `votes`, as in openelections-data-us), then what a reader of those files
 * can ignore: the figures OpenElections has no column for, the race and contest, the reporting unit, and the
 * source (the article's title, so the credit CC BY-SA asks for travels with the rows, and the file and line).
 */
export const RESULTS_CSV_COLUMNS: readonly (readonly [name: string, value: (r: ResultRecord) => CsvValue])[] =
  [
    ['state', (r) => r.state],
    ['county', (r) => r.county],
    ['precinct', (r) => r.precinct],
    ['office', (r) => r.office],
    ['district', (r) => r.district],
    ['party', (r) => r.party],
    ['candidate', (r) => r.candidate.name],
    ['votes', (r) => r.votes],
    ['percent', (r) => r.percent],
    ['delegates', (r) => r.delegates],
    ['vote_unit', (r) => r.voteUnit],
    ['candidate_id', (r) => r.candidate.id],
    ['candidate_kind', (r) => r.candidate.kind],
    ['withdrawn', (r) => r.withdrawn],
    ['race_id', (r) => r.raceId],
    ['contest_id', (r) => r.contestId],
    ['date', (r) => r.date],
    ['unit_type', (r) => r.unitType],
    ['unit_name', (r) => r.unitName],
    ['source_title', (r) => r.source.title],
    ['source_file', (r) => r.source.file],
    ['source_line', (r) => r.source.line],
  ];

/** The header record of every results CSV, with its CRLF. */
export function resultsCsvHeader(): string {
  return writeCsv([RESULTS_CSV_COLUMNS.map(([name]) => name)]);
}

/** Records of the results layout, each with its CRLF and without a header: files written in pieces concatenate. */
export function resultsCsvRows(records: readonly ResultRecord[]): string {
  return writeCsv(records.map((record) => RESULTS_CSV_COLUMNS.map(([, value]) => value(record))));
}

/** A whole results CSV: the header, then the records in the order given. */
export function resultsCsv(records: readonly ResultRecord[]): string {
  return resultsCsvHeader() + resultsCsvRows(records);
}
