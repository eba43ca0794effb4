import { RaceId, RoundingMethod } from '@tally/core';
import { z } from 'zod';
import {
  CandidateIdParams,
  ContestIdParams,
  MAX_SEARCH_LIMIT,
  RaceIdParams,
  SearchQuery,
} from '../api/params.js';
import {
  CandidateDetail,
  CandidateRef,
  ContestDelegateModel,
  ContestDetail,
  ContestItem,
  Meta,
  RaceDetail,
  RaceTally,
  SearchResult,
  Standing,
} from '../api/schemas.js';
import { MAX_AUDIT_DOCUMENT_BYTES } from './limits.js';

// The tools' arguments and answers. Every answer is built from the REST API's schemas (`api/schemas.ts`): its
// `data` is what the REST route it mirrors has in `data`, and its `meta` is the REST `Meta` with the credit
// lines owed for the figures shown. Arguments use the REST parameters' own rules (ids, the search pattern).

const ContestId = ContestIdParams.shape.id;
const RaceIdArgument = RaceIdParams.shape.id;
const CandidateId = CandidateIdParams.shape.id;

export const McpMeta = Meta.extend({
  credits: z.array(z.string()).meta({
    description:
      'Every credit owed for the figures shown: each Wikipedia article (title, address, licence), and ' +
      'OpenElections with its file where its figures are shown. Show them beside the figures.',
  }),
}).meta({ description: 'The data version, the licence and the credit lines of the answer.' });

/** `{ data, meta }`: a tool's answer, `data` being what the REST route it mirrors has in `data`. */
function answer<D extends z.ZodType>(data: D) {
  return z.object({ data, meta: McpMeta });
}

export const SearchArguments = z.strictObject({
  query: SearchQuery.shape.q,
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_SEARCH_LIMIT)
    .optional()
    .meta({ description: `Most hits of each kind (default 10, at most ${MAX_SEARCH_LIMIT}).` }),
});
export const SearchAnswer = answer(SearchResult);

export const ContestArguments = z.strictObject({ id: ContestId });
export const ContestAnswer = answer(ContestDetail);

export const RaceArguments = z.strictObject({ id: RaceIdArgument });
export const RaceAnswer = answer(RaceDetail);

export const StandingsArguments = z.strictObject({
  raceId: RaceIdArgument,
  through: z.iso.date('a date as YYYY-MM-DD').optional().meta({
    description: 'Only contests held on or before this date (as YYYY-MM-DD); all of them if absent.',
  }),
});
export const StandingsAnswer = answer(
  RaceTally.extend({
    through: z.iso.date().nullable().meta({ description: 'The date asked for; null for the whole race.' }),
  }),
);

const CandidateContest = CandidateDetail.shape.races.element.shape.contests.element;

export const CompareArguments = z.strictObject({
  raceId: RaceIdArgument,
  candidates: z
    .array(CandidateId)
    .length(2)
    .refine(([a, b]) => a !== b, 'two different candidate ids')
    .meta({ description: 'Two different candidate ids, as search gives them (`john-kerry`).' }),
});
export const CompareAnswer = answer(
  z.object({
    raceId: RaceId,
    candidates: z
      .array(
        z.object({
          candidate: CandidateRef,
          standing: Standing,
          contests: z
            .array(CandidateContest)
            .meta({ description: 'Their result in each contest they ran in.' }),
        }),
      )
      .length(2),
    difference: z
      .object({ votes: z.number(), delegates: z.number(), contestsWon: z.number().int() })
      .meta({ description: 'The first candidate’s totals less the second’s.' }),
    headToHead: z
      .array(
        z.object({
          contestId: z.string(),
          date: z.iso.date().nullable(),
          stateCode: z.string(),
          ahead: CandidateRef.nullable().meta({
            description: 'Who had more votes; null when they tied or a figure is missing.',
          }),
          votes: z.tuple([z.number().nullable(), z.number().nullable()]),
          delegates: z.tuple([z.number().nullable(), z.number().nullable()]),
        }),
      )
      .meta({ description: 'Each contest both ran in, by date.' }),
  }),
);

export const DelegateModelArguments = z.strictObject({
  contestId: ContestId,
  threshold: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'The share a candidate needs to win delegates, 0 to 1 (default 0.15).' }),
  method: RoundingMethod.optional().meta({
    description: 'How seats are rounded (default largest-remainder).',
  }),
});
export const DelegateModelAnswer = answer(
  z.object({
    contest: ContestItem,
    delegatesAtStake: ContestDetail.shape.delegatesAtStake,
    delegateModel: ContestDetail.shape.delegateModel,
    provenance: ContestDetail.shape.provenance,
  }),
);
export { ContestDelegateModel };

export const AuditArguments = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(MAX_AUDIT_DOCUMENT_BYTES)
    .meta({
      description:
        'The text of one article of the family (a Wikipedia article on one US presidential nominating contest, ' +
        `its wikitext or plain text, title line first), at most ${MAX_AUDIT_DOCUMENT_BYTES / 1024} KiB in UTF-8. ` +
        'Nothing is fetched and nothing is stored.',
    }),
  file: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
      'a file name of letters, digits, dots, hyphens and underscores',
    )
    .optional()
    .meta({ description: 'The name to record as the source file (default `document.txt`).' }),
});
export const AuditAnswer = z.object({
  data: ContestDetail,
  meta: z.object({
    stored: z.literal(false).meta({ description: 'Always false: the document is read and forgotten.' }),
    credits: McpMeta.shape.credits,
  }),
});

/** What a tool error carries in its text, as the parser's and the API's errors do. */
export const ToolErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    line: z.number().int().min(0).optional(),
    column: z.number().int().min(1).optional(),
  }),
});
