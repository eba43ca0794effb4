import { z } from 'zod';
import { CandidateKind } from './contest.js';
import { Line } from './position.js';
import { RaceId } from './race.js';
import { UnitType } from './unit.js';

/**
 * The reporting unit a result row covers: `state` for the statewide result, else the type of the unit
 * (county, parish, ward, precinct...) when a contest carries OpenElections' finer units.
 */
export const ResultUnitType = z.enum(['state', ...UnitType.options]).meta({
  id: 'ResultUnitType',
  description: "The reporting unit a row covers: `state` for the statewide result, else the unit's type.",
});
export type ResultUnitType = z.infer<typeof ResultUnitType>;

/**
 * One result row in the one layout every results file and answer uses: OpenElections' columns, then the
 * race, the contest, the reporting unit and the source line. The CSV's columns are these fields, flattened.
 */
export const ResultRecord = z
  .object({
    raceId: RaceId,
    contestId: z.string(),
    date: z.iso.date().nullable(),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .meta({ description: 'USPS code, as OpenElections writes it.' }),
    county: z.string().nullable().meta({
      description: 'The county a unit row is or lies in (its name as the source writes it); else null.',
    }),
    precinct: z.string().nullable().meta({
      description:
        'The precinct (election district, ward) of a row of one inside a county or town; else null.',
    }),
    office: z.literal('President'),
    district: z
      .string()
      .nullable()
      .meta({ description: 'The district of a row for the part of a county in one district; else null.' }),
    party: z.string(),
    candidate: z
      .object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        name: z.string().meta({ description: 'As the table gives it, without a (withdrawn) suffix.' }),
        kind: CandidateKind,
      })
      .meta({ description: 'Pseudo-candidates (Uncommitted, Write-ins) included, with their kind.' }),
    withdrawn: z.boolean(),
    votes: z.number().min(0).nullable().meta({ description: 'The counted unit (`voteUnit`), as stated.' }),
    percent: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'The share as stated, in percent; its precision is the source’s.' }),
    delegates: z.number().min(0).nullable().meta({ description: 'Delegates awarded, as stated.' }),
    voteUnit: z
      .string()
      .nullable()
      .meta({ description: 'What `votes` counts: `votes`, or what a caucus table says it counted.' }),
    unitType: ResultUnitType,
    unitName: z.string().meta({
      description:
        'The name of the reporting unit after those of the units it lies in (`Kent, Election District 01-28`); the state for a state row.',
    }),
    source: z.object({ title: z.string(), file: z.string(), line: Line }).meta({
      description:
        "The source's title (a Wikipedia article's; an OpenElections file's repository and path), the file and the row's line (a unit added up from rows: its first).",
    }),
  })
  .meta({
    id: 'ResultRecord',
    description:
      'One result row: a candidate in one contest and reporting unit, with the race, contest and source line.',
  });
export type ResultRecord = z.infer<typeof ResultRecord>;
