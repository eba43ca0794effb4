import { z } from 'zod';
import { CandidateKind } from './contest.js';
import { CandidateAggregate, CumulativePoint } from './tally.js';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A race: the nomination of one party in one year, the unit a user asks about. */
export const RaceId = z
  .string()
  .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({
    description: '`{year}-{party}`, the party in kebab-case as in contest ids.',
    examples: ['2004-democratic'],
  });
export type RaceId = z.infer<typeof RaceId>;

/** Where a race figure comes from: enough for a reader to find the statement and check it. */
export const RaceSource = z
  .strictObject({
    title: z.string().min(1).meta({ description: 'The title of the page or document cited.' }),
    url: z.url(),
    quote: z
      .string()
      .min(1)
      .meta({ description: 'The words of the source that state the figure, as they stand there.' }),
    license: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The licence of the source text, where it has one.' }),
  })
  .meta({ id: 'RaceSource', description: 'The cited source of a race figure.' });
export type RaceSource = z.infer<typeof RaceSource>;

/** A figure about a whole race, with the source that states it: never computed, never guessed. */
export const RaceFigure = z
  .strictObject({ value: z.number().int().min(1), source: RaceSource })
  .meta({ id: 'RaceFigure', description: 'A figure about a race as a cited source states it.' });
export type RaceFigure = z.infer<typeof RaceFigure>;

/**
 * One entry of the data package's race metadata file (`races.json`): the figures about a race that no
 * contest document states, each with its source. A figure without a source is left out, not guessed.
 */
export const RaceMetadata = z
  .strictObject({
    id: RaceId,
    delegatesAtStake: RaceFigure.optional().meta({
      description: 'Every delegate to the national convention: pledged and unpledged.',
    }),
    delegatesToWin: RaceFigure.optional().meta({
      description: 'The delegates a candidate needs to be nominated: a majority of the convention.',
    }),
  })
  .meta({ id: 'RaceMetadata', description: 'Cited figures about one race, from races.json.' });
export type RaceMetadata = z.infer<typeof RaceMetadata>;

export const RaceMetadataFile = z.array(RaceMetadata).meta({
  id: 'RaceMetadataFile',
  description: 'The race metadata file of the data package: one entry per race it has figures for.',
});
export type RaceMetadataFile = z.infer<typeof RaceMetadataFile>;

/** A race tallied from its contests: the standings, the running totals by date and its cited figures. */
export const Race = z
  .object({
    id: RaceId,
    year: z.number().int(),
    party: z.string().meta({ description: 'As the first of its contests (by date) names it.' }),
    name: z.string().meta({ examples: ['2004 Democratic presidential nomination'] }),
    contestIds: z.array(z.string()).meta({ description: 'Its contests, by date (undated last), then id.' }),
    firstDate: z.iso.date().nullable(),
    lastDate: z.iso.date().nullable(),
    delegatesAtStake: RaceFigure.nullable().meta({
      description: 'From the race metadata file, with its source; null where none is cited.',
    }),
    delegatesToWin: RaceFigure.nullable().meta({
      description: 'From the race metadata file, with its source; null where none is cited.',
    }),
    candidates: z
      .array(CandidateAggregate)
      .meta({ description: 'The standings: by delegates, then votes, highest first, then id.' }),
    series: z.array(CumulativePoint).meta({
      description:
        'One point per distinct contest date of the race, in order; each lists only the candidates whose ' +
        'totals changed on it (carry the others forward).',
    }),
  })
  .meta({
    id: 'Race',
    description:
      'One party’s nomination in one year: its contests in date order, the standings, the cumulative ' +
      'tally by date, and the delegates at stake and needed to win where a cited source gives them.',
  });
export type Race = z.infer<typeof Race>;

/** A candidate’s figures in one race. */
export const CandidateRace = CandidateAggregate.omit({ candidateId: true, candidate: true, kind: true })
  .extend({ raceId: RaceId })
  .meta({ id: 'CandidateRace', description: 'A candidate in one race: totals and result per contest.' });
export type CandidateRace = z.infer<typeof CandidateRace>;

/** A candidate and the races they ran in, each tallied on its own: nothing is added across races. */
export const CandidateRecord = z
  .object({
    candidateId: Id,
    candidate: z.string().meta({ description: 'The display name in their first race.' }),
    kind: CandidateKind,
    races: z.array(CandidateRace).meta({ description: 'By race id.' }),
  })
  .meta({ id: 'CandidateRecord', description: 'A candidate and their figures in each race they ran in.' });
export type CandidateRecord = z.infer<typeof CandidateRecord>;
