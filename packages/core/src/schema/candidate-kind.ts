import { z } from 'zod';

/** Real candidates, and the pseudo-candidates a results table may list. */
export const CandidateKind = z.enum(['candidate', 'uncommitted', 'write-in', 'other']);
export type CandidateKind = z.infer<typeof CandidateKind>;
