export { resultRecords, unitRecords } from './result-records.js';
export { RESULTS_CSV_COLUMNS, resultsCsv, resultsCsvHeader, resultsCsvRows } from './results-csv.js';
export { type CsvValue, writeCsv } from './write-csv.js';
