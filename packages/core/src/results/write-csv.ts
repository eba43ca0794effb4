import { stringify } from 'csv-stringify/sync';

/** A field value: text, a number, a flag, or nothing (the empty field). */
export type CsvValue = string | number | boolean | null;

/**
 * csv-stringify's RFC 4180 output as every Tally CSV is written: comma-separated, a field quoted when it holds
 * a comma, a quote or a line break (quotes doubled), CRLF after every record, no byte-order mark; text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) prefixed with `'`; flags as
 * `true` and `false`; null as the empty field.
 */
const OPTIONS = {
  record_delimiter: 'windows',
  escape_formulas: true,
  cast: { boolean: (value: boolean) => String(value) },
} as const;

/** Records as CSV text, each ended by CRLF, so files written in pieces concatenate. */
export function writeCsv(records: readonly (readonly CsvValue[])[]): string {
  return records.length === 0 ? '' : stringify(records as CsvValue[][], OPTIONS);
}
