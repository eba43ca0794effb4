import { z } from 'zod';

/** A 1-based line number in the source document. */
export const Line = z
  .number()
  .int()
  .min(1)
  .meta({ description: '1-based line number in the source document.' });
