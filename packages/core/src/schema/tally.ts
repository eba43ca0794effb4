import { z } from 'zod';
import { CandidateKind, ContestType } from './contest.js';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** One row of a contest's ranking, with the share computed from the counted unit. */
export const RankedResult = z
  .object({
    rank: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'Competition ranking by the counted unit (ties share a rank).' }),
    candidate: z.string(),
    candidateId: Id,
    kind: CandidateKind,
    withdrawn: z.boolean(),
    votes: z.number().min(0).nullable(),
    share: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'votes / sum of row votes, unrounded; null without votes.' }),
    percent: z.number().min(0).nullable().meta({ description: 'The percent as stated in the document.' }),
    delegates: z.number().min(0).nullable(),
    line: z.number().int().min(1),
  })
  .meta({ id: 'RankedResult' });
export type RankedResult = z.infer<typeof RankedResult>;

/** Whether the figures read name a winner, and if not, why not. */
export const Outcome = z.enum(['decided', 'tied', 'undetermined', 'no-votes']).meta({
  id: 'Outcome',
  description:
    '`decided`: one real candidate leads and no unread row could overtake them; `tied`: two real candidates ' +
    'share the lead; `undetermined`: a row without a figure could change who won (see `undetermined`); ' +
    '`no-votes`: no real candidate has a count.',
});
export type Outcome = z.infer<typeof Outcome>;

export const ContestTally = z
  .object({
    contestId: z.string(),
    unit: z.string().nullable(),
    ranking: z.array(RankedResult).meta({ description: 'Rows ordered by the counted unit, highest first.' }),
    outcome: Outcome,
    winner: z.object({ candidate: z.string(), candidateId: Id }).nullable().meta({
      description:
        'The top real candidate (pseudo-candidates never win); null unless `outcome` is `decided`.',
    }),
    undetermined: z
      .object({
        reason: z.string(),
        lines: z.array(z.number().int().min(1)).meta({ description: 'The rows without a figure.' }),
      })
      .nullable()
      .meta({
        description:
          'Why the winner (or the runner-up and margin) cannot be told from the figures read; null when they can.',
      }),
    runnerUp: z.object({ candidate: z.string(), candidateId: Id }).nullable(),
    margin: z
      .object({
        votes: z.number().min(0),
        points: z
          .number()
          .min(0)
          .meta({ description: 'Percentage points between the winner and the runner-up.' }),
      })
      .nullable(),
    totals: z
      .object({
        votes: z.number().min(0).nullable().meta({ description: 'Sum of the rows.' }),
        delegates: z.number().min(0).nullable().meta({ description: 'Sum of the rows.' }),
        statedVotes: z.number().min(0).nullable().meta({ description: 'As stated on the Total row.' }),
        statedDelegates: z.number().min(0).nullable().meta({ description: 'As stated on the Total row.' }),
      })
      .meta({ description: 'Computed and stated totals side by side.' }),
  })
  .meta({ id: 'ContestTally', description: 'Rank, winner, margin and exact shares of one contest.' });
export type ContestTally = z.infer<typeof ContestTally>;

/** Which contests a cross-contest tally or listing covers. Every field is optional. */
export const ContestFilter = z
  .object({
    race: z
      .string()
      .optional()
      .meta({
        description: 'A race id, `{year}-{party}`: only that race’s contests.',
        examples: ['2004-democratic'],
      }),
    year: z.number().int().optional(),
    state: z.string().optional().meta({ description: 'USPS code or state name, any case.' }),
    party: z.string().optional(),
    type: ContestType.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .meta({ id: 'ContestFilter' });
export type ContestFilter = z.infer<typeof ContestFilter>;

export const CandidateContest = z.object({
  contestId: z.string(),
  date: z.iso.date().nullable(),
  stateCode: z.string(),
  votes: z.number().min(0).nullable(),
  share: z.number().min(0).max(1).nullable(),
  percent: z.number().min(0).nullable(),
  delegates: z.number().min(0).nullable(),
  rank: z.number().int().min(1),
  won: z.boolean(),
  withdrawn: z.boolean(),
});
export type CandidateContest = z.infer<typeof CandidateContest>;

export const CandidateAggregate = z
  .object({
    candidateId: Id,
    candidate: z.string().meta({ description: 'The display name (the most frequent spelling).' }),
    kind: CandidateKind,
    votes: z.number().min(0),
    delegates: z.number().min(0),
    contestsEntered: z.number().int().min(0),
    contestsWon: z.number().int().min(0),
    contests: z.array(CandidateContest).meta({ description: 'Their result in each contest, by date.' }),
  })
  .meta({ id: 'CandidateAggregate', description: 'One candidate across the contests tallied.' });
export type CandidateAggregate = z.infer<typeof CandidateAggregate>;

export const CumulativePoint = z
  .object({
    date: z.iso.date(),
    contestIds: z.array(z.string()).meta({ description: 'The contests held on this date.' }),
    candidates: z
      .array(
        z.object({
          candidateId: Id,
          votes: z.number().min(0).meta({ description: 'Votes up to and including this date.' }),
          delegates: z.number().min(0).meta({ description: 'Delegates up to and including this date.' }),
          wins: z.number().int().min(0).meta({ description: 'Contests won up to and including this date.' }),
        }),
      )
      .meta({
        description:
          'Only the candidates whose votes, delegates or wins changed on this date, in the order of the ' +
          "tally's candidates, each with their running totals after it. A candidate absent from a point keeps " +
          'their totals from the last point that lists them (none before the first): a reader carries them forward.',
      }),
  })
  .meta({
    id: 'CumulativePoint',
    description:
      'One date on which contests were held, and the running totals of the candidates whose totals changed ' +
      'on it; the other candidates keep their previous totals.',
  });
export type CumulativePoint = z.infer<typeof CumulativePoint>;

export const CrossTally = z
  .object({
    filter: ContestFilter,
    contests: z.number().int().min(0),
    candidates: z.array(CandidateAggregate).meta({ description: 'By delegates, then votes, highest first.' }),
    series: z.array(CumulativePoint).meta({
      description:
        'One point per distinct contest date, in order (undated contests are left out). Each point lists only ' +
        'the candidates whose totals changed on its date; carry the others forward from earlier points.',
    }),
  })
  .meta({ id: 'CrossTally', description: 'Votes, delegates and wins per candidate across contests.' });
export type CrossTally = z.infer<typeof CrossTally>;
