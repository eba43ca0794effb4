import { z } from 'zod';
import { CandidateKind } from './candidate-kind.js';
import { ContestType, SourceFormat } from './contest.js';
import { Finding } from './finding.js';
import { Line } from './position.js';
import { Coverage, Unit } from './unit.js';

/** One source's figure for a candidate. */
export const SourceFigure = z
  .object({
    file: z.string(),
    candidate: z.string().meta({ description: 'The name as that source gives it.' }),
    votes: z.number().min(0).nullable(),
    percent: z.number().min(0).nullable(),
    delegates: z.number().min(0).nullable(),
    lines: z.array(Line),
  })
  .meta({ id: 'SourceFigure' });
export type SourceFigure = z.infer<typeof SourceFigure>;

export const CombinedResult = z
  .object({
    candidate: z.string(),
    candidateId: z.string(),
    kind: CandidateKind,
    figures: z
      .array(SourceFigure)
      .meta({ description: 'One per source that lists the candidate, in source order.' }),
  })
  .meta({ id: 'CombinedResult' });
export type CombinedResult = z.infer<typeof CombinedResult>;

export const ContestSource = z
  .object({
    file: z.string(),
    format: SourceFormat,
    sha256: z.string(),
    title: z.string(),
    coverage: Coverage.nullable().meta({ description: 'Null for an article (statewide).' }),
  })
  .meta({ id: 'ContestSource' });
export type ContestSource = z.infer<typeof ContestSource>;

/** One contest as several sources give it, figure by figure: every disagreement is a finding, none is chosen. */
export const CombinedContest = z
  .object({
    id: z.string(),
    raceId: z.string(),
    title: z.string(),
    year: z.number().int(),
    state: z.string(),
    stateCode: z.string(),
    party: z.string(),
    type: ContestType,
    date: z.iso.date().nullable(),
    sources: z.array(ContestSource),
    results: z.array(CombinedResult),
    units: z.array(Unit).meta({ description: 'The units of the source that has them.' }),
    findings: z
      .array(Finding)
      .meta({ description: 'Disagreements between the sources; each names both files and lines.' }),
  })
  .meta({ id: 'CombinedContest' });
export type CombinedContest = z.infer<typeof CombinedContest>;
