import {
  CandidateRecord,
  Contest,
  ContestSummary,
  Finding,
  Manifest,
  Race,
  RaceMetadataFile,
  ResultRecord,
} from '@tally/core';
import { z } from 'zod';
import { Acknowledgement } from './acknowledgements.ts';
import { ContestRecord } from './contest-record.ts';
import { toJson } from './json.ts';

/** Every shipped shape, by the file name of its JSON Schema under `schema/`. */
export const SCHEMAS: readonly (readonly [name: string, schema: z.ZodType])[] = [
  ['acknowledgement', Acknowledgement],
  ['candidate-record', CandidateRecord],
  ['contest', Contest],
  ['contest-record', ContestRecord],
  ['contest-summary', ContestSummary],
  ['finding', Finding],
  ['manifest', Manifest],
  ['race', Race],
  ['race-metadata', RaceMetadataFile],
  ['result-record', ResultRecord],
];

/** JSON Schema (draft 2020-12) derived from the zod schemas, never written by hand. */
export function jsonSchemaFiles(): { path: string; content: string }[] {
  return SCHEMAS.map(([name, schema]) => ({
    path: `schema/${name}.schema.json`,
    content: toJson(z.toJSONSchema(schema)),
  }));
}
