import { z } from 'zod';

/** Every code the audit emits; documented with its severity and an example in CODES.md. */
export const FindingCode = z.enum([
  'votes-total-mismatch',
  'delegates-total-mismatch',
  'percent-mismatch',
  'total-percent-mismatch',
  'percent-sum-mismatch',
  'infobox-votes-mismatch',
  'infobox-percent-mismatch',
  'infobox-delegates-mismatch',
  'infobox-withdrawn-mismatch',
  'infobox-candidate-missing',
  'contest-type-mismatch',
  'contest-year-mismatch',
  'contest-state-mismatch',
  'contest-party-mismatch',
  'delegate-count-sum-mismatch',
  'delegate-count-mismatch',
  'delegates-pledged-only',
  'pseudo-candidate-delegates',
  'threshold-below-with-delegates',
  'threshold-above-without-delegates',
  'prose-percent-mismatch',
  'prose-votes-mismatch',
  'prose-delegates-mismatch',
  'rows-out-of-order',
]);
export type FindingCode = z.infer<typeof FindingCode>;
