import { describe, expect, it } from 'vitest';
import { handMadeContest } from './fixtures/contest.ts';
import { jsonSchemaFiles } from './json-schemas.ts';

const files = jsonSchemaFiles();
const schema = (name: string) => {
  const file = files.find((entry) => entry.path === `schema/${name}.schema.json`);
  if (file === undefined) throw new Error(`no schema/${name}.schema.json`);
  return JSON.parse(file.content);
};

describe('jsonSchemaFiles', () => {
  it('writes one draft 2020-12 schema per shipped shape', () => {
    expect(files.map((file) => file.path)).toEqual([
      'schema/acknowledgement.schema.json',
      'schema/candidate-record.schema.json',
      'schema/contest.schema.json',
      'schema/contest-record.schema.json',
      'schema/contest-summary.schema.json',
      'schema/finding.schema.json',
      'schema/manifest.schema.json',
      'schema/race.schema.json',
      'schema/race-metadata.schema.json',
      'schema/result-record.schema.json',
    ]);
    for (const file of files) {
      expect(JSON.parse(file.content).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('points the Contest schema at its definition and requires every field of a contest but its race id', () => {
    const contest = schema('contest');
    expect(contest.$ref).toBe('#/$defs/Contest');
    // The parser always sets raceId; a contest built by hand without it belongs to the race of its year and party.
    expect(contest.$defs.Contest.required).toEqual(
      Object.keys(handMadeContest({})).filter((key) => key !== 'raceId'),
    );
    expect(contest.$defs.Contest.additionalProperties).toBe(false);
  });

  it('adds the tally and the delegate model to the contest record', () => {
    const record = schema('contest-record').$defs.ContestRecord;
    expect(record.required.slice(-2)).toEqual(['tally', 'delegateModel']);
  });

  it('keeps the descriptions written on the zod schemas', () => {
    expect(schema('finding').$defs.Finding.description).toBe(
      'An audit finding about a contest, pointing at the lines it compares.',
    );
  });
});
