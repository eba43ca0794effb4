import { z } from 'zod';
import { ContestType } from './contest.js';
import { FindingAcknowledgement, Severity } from './finding.js';
import { Line } from './position.js';
import { RaceId } from './race.js';
import { SourceCredit, SourceKind } from './source.js';
import { Outcome } from './tally.js';
import { Coverage } from './unit.js';

export const FindingCounts = z.object({
  error: z.number().int().min(0),
  warning: z.number().int().min(0),
  info: z.number().int().min(0),
  acknowledged: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'Of the errors, how many ship because a person acknowledged them, with a reason.' }),
});
export type FindingCounts = z.infer<typeof FindingCounts>;

/** A finding in brief, for where findings are counted: what it is, where, and an acknowledged error's reason. */
export const FindingBrief = z
  .object({
    severity: Severity,
    code: z.string(),
    line: Line,
    acknowledgement: FindingAcknowledgement.nullable(),
  })
  .meta({
    id: 'FindingBrief',
    description:
      'A finding in brief: its severity, code and line, and for an acknowledged error the acknowledgement (its reason).',
  });
export type FindingBrief = z.infer<typeof FindingBrief>;

export const ContestSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    state: z.string(),
    stateCode: z.string(),
    party: z.string(),
    raceId: RaceId,
    type: ContestType,
    date: z.iso.date().nullable(),
    unit: z.string().nullable(),
    totalVotes: z.number().min(0).nullable(),
    totalDelegates: z.number().min(0).nullable(),
    outcome: Outcome,
    winner: z.object({ candidate: z.string(), candidateId: z.string() }).nullable(),
    undetermined: z
      .object({ reason: z.string(), lines: z.array(z.number().int().min(1)) })
      .nullable()
      .meta({
        description: 'Why the winner (or runner-up) cannot be told, as the tally says; null when it can.',
      }),
    findings: FindingCounts,
    findingsBrief: z.array(FindingBrief).meta({
      description:
        'Each finding in brief, errors first, then warnings, then info, each by line: what the counts count.',
    }),
    source: z.object({ file: z.string(), sha256: z.string() }),
    sources: z.array(SourceKind).meta({
      description: 'Who the figures are owed to: the kinds of its source documents, each once.',
    }),
    coverage: Coverage.shape.scope.meta({
      description:
        '`statewide` for an article or a file with units in every county; `partial` when the figures cover some counties only (not a statewide result); `unknown` when its units (towns) cannot be placed in counties.',
    }),
  })
  .meta({
    id: 'ContestSummary',
    description: 'A contest in the index: what it is and who won, without its rows.',
  });
export type ContestSummary = z.infer<typeof ContestSummary>;

const FileEntry = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  credit: SourceCredit.optional().meta({ description: 'For a source document: the credit it is owed.' }),
});

/** One kind of source the package's figures come from, and the credit owed wherever they are shown. */
export const ManifestCredit = z
  .object({
    kind: SourceKind,
    name: z.string(),
    text: z.string().meta({ description: 'The credit line for figures from these sources.' }),
    license: z.string().nullable(),
    licenseUrl: z.url().nullable(),
    url: z.url().meta({ description: 'Where the sources come from.' }),
    sources: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'How many source documents of this kind the build read.' }),
  })
  .meta({ id: 'ManifestCredit' });
export type ManifestCredit = z.infer<typeof ManifestCredit>;

export const Manifest = z
  .object({
    name: z.literal('@tally/data'),
    version: z.string(),
    builder: z.object({ name: z.string(), version: z.string() }),
    license: z.string(),
    attribution: z.string(),
    credits: z.array(ManifestCredit).meta({
      description: 'Each kind of source the figures come from (Wikipedia, OpenElections), with its credit.',
    }),
    counts: z.object({
      sources: z.number().int().min(0),
      contests: z.number().int().min(0),
      candidates: z.number().int().min(0),
      races: z.number().int().min(0),
      results: z.number().int().min(0),
      units: z
        .number()
        .int()
        .min(0)
        .meta({ description: 'Reporting units of every level (counties, towns, wards, precincts).' }),
      findings: FindingCounts,
    }),
    inputs: z.array(FileEntry),
    outputs: z.array(FileEntry),
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'sha256 over every input and output entry: the data version.' }),
  })
  .meta({
    id: 'Manifest',
    description: 'What the data package holds and how it was built. Deterministic: no timestamps.',
  });
export type Manifest = z.infer<typeof Manifest>;

/** The manifest without its file lists: what a server needs (version, hash, counts, credit), a size that does not grow with the corpus. */
export const ManifestHead = Manifest.omit({ inputs: true, outputs: true }).meta({
  id: 'ManifestHead',
  description: 'The data manifest without its lists of input and output files.',
});
export type ManifestHead = z.infer<typeof ManifestHead>;
