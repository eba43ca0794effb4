import {
  CandidateAggregate,
  Contest,
  ContestSummary,
  ContestTally,
  CrossTally,
  DelegateModel,
  ResultRow,
  Totals,
} from '@tally/core';
import { z } from 'zod';
import { PROBLEM_BASE } from '../http/problem.js';

// The response schemas of the API: each is registered as an OpenAPI component by its meta id.

export const ValidationIssue = z
  .object({
    location: z.enum(['query', 'path']),
    name: z.string().meta({ description: 'The parameter, or `(request)` for a rule across parameters.' }),
    code: z
      .string()
      .meta({ description: 'The check that failed, kebab-case (`too-big`, `unrecognized-key`).' }),
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue', description: 'One thing wrong with one request parameter.' });

export const Problem = z
  .object({
    type: z
      .url()
      .meta({ description: `Stable: \`${PROBLEM_BASE}{kind}\`.`, examples: [`${PROBLEM_BASE}not-found`] }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().meta({ description: 'The request path, as sent.' }),
    issues: z.array(ValidationIssue).optional().meta({ description: 'On 400: every invalid parameter.' }),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  });

export const Attribution = z
  .object({
    text: z.string(),
    license: z.literal('CC BY-SA 4.0'),
    licenseUrl: z.literal('https://creativecommons.org/licenses/by-sa/4.0/'),
  })
  .meta({ id: 'Attribution', description: 'The credit owed to Wikipedia for the figures shown.' });

export const PageInfo = z
  .object({
    limit: z.number().int().min(1),
    total: z.number().int().min(0).meta({ description: 'How many items the filter selects in all.' }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .meta({ id: 'PageInfo' });

export const PageLinks = z
  .object({
    self: z.string(),
    first: z.string(),
    prev: z.string().nullable(),
    next: z.string().nullable(),
  })
  .meta({ id: 'PageLinks', description: 'Path-absolute URLs of this page and its neighbours.' });

export const ContestList = z
  .object({ data: z.array(ContestSummary), page: PageInfo, links: PageLinks, attribution: Attribution })
  .meta({ id: 'ContestList', description: 'One page of contests, by date then id.' });

export const CandidateList = z
  .object({ data: z.array(CandidateAggregate), page: PageInfo, links: PageLinks, attribution: Attribution })
  .meta({ id: 'CandidateList', description: 'One page of candidates, by delegates then votes.' });

export const Provenance = z
  .object({
    source: Contest.shape.source,
    article: z
      .object({ title: z.string(), url: z.url() })
      .meta({ description: 'The Wikipedia article the document comes from.' }),
    credit: z.string().meta({ description: 'The credit line to show beside any figure of this contest.' }),
    attribution: Attribution,
    dataVersion: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'The data manifest hash this answer was built from.' }),
  })
  .meta({ id: 'Provenance', description: 'Where every figure of the contest comes from, and its licence.' });

export const ContestDetail = z
  .object({
    contest: Contest,
    tally: ContestTally,
    // A union, not `.nullable()`: the generator writes a nullable registered schema as a bare `$ref`.
    delegateModel: z
      .union([DelegateModel, z.null()])
      .meta({ description: 'Null when the contest gives no votes or seats.' }),
    provenance: Provenance,
  })
  .meta({
    id: 'ContestDetail',
    description: 'A contest in full: its rows, its audit findings (`contest.findings`), tally and model.',
  });

export const ContestResults = z
  .object({
    contestId: z.string(),
    title: z.string(),
    unit: z.string().nullable(),
    results: z.array(ResultRow),
    totals: Totals,
    provenance: Provenance,
  })
  .meta({ id: 'ContestResults', description: 'The results table of a contest, rows in table order.' });

export const CandidateSummary = CandidateAggregate.omit({ contests: true }).meta({
  id: 'CandidateSummary',
  description: 'A candidate across every contest, without the per-contest rows.',
});

export const CandidateDetail = z
  .object({
    candidate: CandidateAggregate,
    contests: z
      .array(ContestSummary)
      .meta({ description: 'The contests they entered, as in `candidate.contests`.' }),
    attribution: Attribution,
  })
  .meta({ id: 'CandidateDetail', description: "A candidate's result in every contest, and their totals." });

export const TallyResult = z
  .object({ tally: CrossTally, attribution: Attribution })
  .meta({ id: 'TallyResult', description: 'Votes, delegates and wins across the selected contests.' });

export const SearchResults = z
  .object({
    terms: z
      .array(z.string())
      .meta({ description: 'The query as matched: case, accents and punctuation folded.' }),
    contests: z.array(ContestSummary),
    candidates: z.array(CandidateSummary),
    attribution: Attribution,
  })
  .meta({ id: 'SearchResults', description: 'Contests and candidates whose names start with the query.' });

export const Health = z
  .object({
    status: z.literal('ok'),
    version: z.string().meta({ description: 'The version of the API.' }),
    data: z.object({
      version: z.string(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      contests: z.number().int().min(0),
      candidates: z.number().int().min(0),
    }),
  })
  .meta({ id: 'Health', description: 'The API version and the data it serves.' });
