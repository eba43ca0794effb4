import { z } from 'zod';

/** Why a document could not be read as a contest. Codes are stable and documented. */
export const ParseErrorCode = z.enum([
  'document-empty',
  'document-too-large',
  'document-binary',
  'document-encoding',
  'title-missing',
  'title-unrecognized',
  'results-table-missing',
  'table-truncated',
  'column-missing',
  'cell-not-numeric',
  'candidate-duplicate',
  'candidate-missing',
  'row-cells-mismatch',
  'count-not-whole',
  'figure-out-of-range',
  'contest-invalid',
  'csv-header-unrecognized',
  'csv-quote-unterminated',
  'csv-context-missing',
  'csv-no-presidential-rows',
]);
export type ParseErrorCode = z.infer<typeof ParseErrorCode>;

export const ParseError = z
  .object({
    code: ParseErrorCode,
    message: z.string(),
    line: z
      .number()
      .int()
      .min(0)
      .meta({ description: '1-based line of the problem; 0 when it concerns no line.' }),
    column: z.number().int().min(1).optional(),
  })
  .meta({ id: 'ParseError', description: 'Why a document could not be read as a contest.' });
export type ParseError = z.infer<typeof ParseError>;
