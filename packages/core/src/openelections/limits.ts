/**
 * The largest OpenElections CSV read: 64 MiB. Statewide precinct files of a presidential primary run to
 * tens of megabytes; the reader is linear in the size, so the limit only keeps one request's memory bounded.
 * Separate from the articles' 4 MiB (`MAX_DOCUMENT_BYTES`).
 */
export const MAX_CSV_BYTES = 64 * 1024 * 1024;
