import { z } from 'zod';
import { CandidateKind } from './candidate-kind.js';
import { Line } from './position.js';

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** What kind of place a reporting unit is, as the source's columns name it. */
export const UnitType = z
  .enum([
    'county',
    'parish',
    'borough',
    'city',
    'town',
    'ward',
    'precinct',
    'election-district',
    'election-authority',
    'county-district',
    'district',
  ])
  .meta({
    id: 'UnitType',
    description:
      'county, parish and borough are county equivalents; election-authority: a unit in a county column that is no county of the state (a city voting apart); county-district: the part of a county in one district.',
  });
export type UnitType = z.infer<typeof UnitType>;

/** A 5-digit county FIPS code (state 2 digits, county 3), as the Census Bureau's shapes are keyed. */
export const Fips = z.string().regex(/^\d{5}$/);

/** One candidate's figure in a unit, with every source line that makes it. */
export const UnitResult = z
  .object({
    candidate: z.string().min(1),
    candidateId: Slug,
    kind: CandidateKind,
    votes: z
      .number()
      .min(0)
      .nullable()
      .meta({ description: 'The sum of the rows; null when every row left the figure blank.' }),
    lines: z.array(Line).meta({ description: 'The rows added up, ascending.' }),
  })
  .meta({ id: 'UnitResult' });
export type UnitResult = z.infer<typeof UnitResult>;

/** Ballots a source reports that are votes for no choice: blank, over and under votes. */
export const NonVoteKind = z.enum(['blank', 'over', 'under']);
export type NonVoteKind = z.infer<typeof NonVoteKind>;

export const NonVotes = z
  .object({
    kind: NonVoteKind,
    label: z.string().meta({ description: 'The label as first written (`Blank Votes`, `Over Votes`).' }),
    votes: z.number().min(0).nullable(),
    lines: z.array(Line),
  })
  .meta({ id: 'NonVotes', description: 'Reported, never added to the results.' });
export type NonVotes = z.infer<typeof NonVotes>;

/** A figure the source states about a whole (a Total row), kept to check the parts against, never added. */
export const StatedFigure = z
  .object({
    label: z
      .string()
      .meta({ description: 'The label of the row(s) stating it (`Total`, `TOTALS`, a blank county).' }),
    candidateId: Slug.nullable().meta({
      description: 'The candidate it totals; null for a total of all candidates.',
    }),
    votes: z.number().min(0).nullable(),
    lines: z.array(Line),
    parties: z.enum(['contest', 'all']).meta({
      description:
        '`all`: a total row without a party, over every party of the office in the unit (see `others`).',
    }),
    others: z
      .object({ votes: z.number().min(0), lines: z.array(Line) })
      .nullable()
      .meta({ description: "For `all`: the other parties' rows of the office in the unit, as read." }),
  })
  .meta({ id: 'StatedFigure' });
export type StatedFigure = z.infer<typeof StatedFigure>;

export const Stated = z
  .object({
    results: z
      .array(StatedFigure)
      .meta({ description: 'Per candidate (a Totals county, a row with no county).' }),
    total: StatedFigure.nullable().meta({ description: 'Of all candidates (a `Total` candidate row).' }),
  })
  .meta({
    id: 'Stated',
    description: "The source's own totals for a unit or the state: checked, never added.",
  });
export type Stated = z.infer<typeof Stated>;

export const Unit = z
  .object({
    id: Slug.meta({ description: 'Unique in the contest: type, enclosing units and name.' }),
    type: UnitType,
    name: z
      .string()
      .min(1)
      .meta({ description: 'As the source writes it (a precinct: its ward and precinct).' }),
    parent: Slug.nullable().meta({
      description: 'The id of the unit this one lies in (a precinct: its county or town).',
    }),
    fips: Fips.nullable().meta({
      description:
        "The county's FIPS code where the unit is or lies in one county; null where that is not known (a town, a name two places share).",
    }),
    rolledUp: z.boolean().meta({
      description: 'True when its figures are the sum of the units inside it, not rows of its own.',
    }),
    results: z.array(UnitResult).meta({ description: 'By votes, most first; pseudo-candidates included.' }),
    nonVotes: z.array(NonVotes),
    stated: Stated,
    lines: z.array(Line).meta({ description: 'Every source row read for the unit, ascending.' }),
    note: z.string().nullable().meta({ description: 'Why the unit is not placed, where it is not.' }),
    file: z.string().optional().meta({
      description:
        "The source file of the unit's lines, where the contest is read from several files and it is not the contest's `source.file`.",
    }),
  })
  .meta({
    id: 'Unit',
    description: 'A reporting unit (county, parish, town, ward, precinct) and its results.',
  });
export type Unit = z.infer<typeof Unit>;

export const Coverage = z
  .object({
    scope: z.enum(['statewide', 'partial', 'unknown']).meta({
      description:
        'statewide: units in every county of the state; partial: some counties only (the contest is not statewide); unknown: the units cannot be placed in counties (towns), so coverage is not checked.',
    }),
    counties: z.array(Fips).meta({ description: 'FIPS codes of the counties with units, ascending.' }),
    missing: z.array(Fips).meta({ description: "FIPS codes of the state's counties with none, ascending." }),
    note: z.string(),
  })
  .meta({ id: 'Coverage', description: 'Which part of the state the source covers.' });
export type Coverage = z.infer<typeof Coverage>;

/** A row the reader read other than as written, and why: reported by the audit as a fact. */
export const Adjustment = z
  .object({
    kind: z.enum([
      'party-typo',
      'party-inferred',
      'party-unassigned',
      'row-shifted',
      'votes-blank',
      'votes-decimal',
      'name-form',
      'encoding',
    ]),
    message: z.string(),
    lines: z.array(Line),
  })
  .meta({ id: 'Adjustment' });
export type Adjustment = z.infer<typeof Adjustment>;

/** Another office label of the file giving the same race by district: the same votes counted again. */
export const OfficeBreakdown = z
  .object({
    label: z.string(),
    districts: z.number().int().min(0),
    results: z.array(
      z.object({ candidateId: Slug, candidate: z.string(), votes: z.number().min(0), lines: z.array(Line) }),
    ),
    firstLine: Line,
    lastLine: Line,
  })
  .meta({ id: 'OfficeBreakdown' });
export type OfficeBreakdown = z.infer<typeof OfficeBreakdown>;

/** How an OpenElections CSV was read into this contest. */
export const CsvReading = z
  .object({
    office: z.string().meta({ description: 'The office label whose rows make the contest.' }),
    partyLabels: z.array(z.string()).meta({ description: 'Every party label read as this party.' }),
    columns: z.array(z.string()).meta({ description: 'The header, as written.' }),
    lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
    breakdowns: z
      .array(OfficeBreakdown)
      .meta({ description: 'Office labels giving the same race again by district.' }),
    stated: Stated.meta({
      description: "The file's own statewide totals (a Totals county, rows with no county).",
    }),
    adjustments: z.array(Adjustment),
  })
  .meta({ id: 'CsvReading' });
export type CsvReading = z.infer<typeof CsvReading>;
