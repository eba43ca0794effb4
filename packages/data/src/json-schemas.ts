import { CandidateAggregate, Contest, ContestSummary, CrossTally, Finding, Manifest } from '@tally/core';
import { z } from 'zod';
import { Acknowledgement } from './acknowledgements.ts';
import { ContestRecord } from './contest-record.ts';
import { toJson } from './json.ts';

/** Every shipped shape, by the file name of its JSON Schema under `schema/`. */
export const SCHEMAS: readonly (readonly [name: string, schema: z.ZodType])[] = [
  ['acknowledgement', Acknowledgement],
  ['candidate-aggregate', CandidateAggregate],
  ['contest', Contest],
  ['contest-record', ContestRecord],
  ['contest-summary', ContestSummary],
  ['cross-tally', CrossTally],
  ['finding', Finding],
  ['manifest', Manifest],
];

/** JSON Schema (draft 2020-12) derived from the zod schemas, never written by hand. */
export function jsonSchemaFiles(): { path: string; content: string }[] {
  return SCHEMAS.map(([name, schema]) => ({
    path: `schema/${name}.schema.json`,
    content: toJson(z.toJSONSchema(schema)),
  }));
}
