import { ParseErrorCode } from '@tally/core';

/**
 * What each parse error code means for the person whose document it is. Keyed by the schema's enum, so a code
 * added to `ParseErrorCode` fails the docs' typecheck until it is described here.
 */
const meanings: Record<ParseErrorCode, string> = {
  'document-empty': 'The file holds no text.',
  'document-too-large': 'The file is larger than the parser accepts.',
  'document-binary': 'The file holds binary bytes, not text.',
  'document-encoding': 'The file is not valid UTF-8.',
  'title-missing': 'No title line (a line like = Title =).',
  'title-unrecognized': 'The title names no year, state, party or kind of contest the parser can read.',
  'results-table-missing': 'No pipe table with a Total row.',
  'table-truncated': 'The results table stops before its Total row (the document ends inside it).',
  'column-missing': 'The results table has no column for the counted unit or the candidate.',
  'cell-not-numeric': 'A cell of a numeric column is not a number (or a dash meaning none).',
  'candidate-duplicate': 'A candidate is listed twice in the results table.',
  'candidate-missing': 'A results row has figures but no candidate name.',
  'row-cells-mismatch':
    'A results row has more or fewer cells than the table has columns, and reading it would put a figure in the wrong column.',
  'count-not-whole':
    'A decimal in a column of whole counts (votes), where the column does not write every count with dots for thousands.',
  'figure-out-of-range': 'A figure past 2^53 − 1 (too large to be read exactly), or a percent over 100.',
  'csv-header-unrecognized':
    'An OpenElections CSV whose header row has no column of votes, candidates or offices the reader knows.',
  'csv-quote-unterminated': 'An OpenElections CSV with a quoted field that never closes.',
  'csv-context-missing': 'An OpenElections CSV whose state or date neither its name nor its columns give.',
  'csv-no-presidential-rows': 'An OpenElections CSV with no rows for a presidential primary.',
  'contest-invalid':
    'The document was read, but what was read does not make a valid contest (the message names the field).',
};

/** Every code a parse error can carry, in the order the schema lists them, with what it means. */
export const parseErrorCodes: readonly { code: ParseErrorCode; meaning: string }[] =
  ParseErrorCode.options.map((code) => ({ code, meaning: meanings[code] }));
