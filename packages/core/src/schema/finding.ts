import { z } from 'zod';
import { Line } from './position.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A line of a named document, for findings that compare documents. */
export const SourceLine = z.object({ file: z.string(), line: Line }).meta({ id: 'SourceLine' });
export type SourceLine = z.infer<typeof SourceLine>;

/** A reviewed decision to ship a contest despite one of its error findings: the reason, and who reviewed it. */
export const FindingAcknowledgement = z
  .object({
    reason: z.string().min(1),
    reviewedBy: z.string().nullable(),
  })
  .meta({ id: 'FindingAcknowledgement', description: 'Why an error finding ships, as a person wrote it.' });
export type FindingAcknowledgement = z.infer<typeof FindingAcknowledgement>;

/** One thing the audit noticed: a figure that cannot be right, two statements that disagree, or a fact. */
export const Finding = z
  .object({
    code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    severity: Severity,
    message: z.string(),
    line: Line.meta({
      description:
        'The line that is wrong, or most likely wrong: where to look first (a Total that disagrees with its rows points at the Total row).',
    }),
    lines: z.array(Line).meta({ description: 'Every source line the finding compares, ascending.' }),
    sources: z.array(SourceLine).optional().meta({
      description:
        'For a finding comparing several documents: each line compared, with its file (`line` and `lines` then hold those of the first document).',
    }),
    acknowledgement: FindingAcknowledgement.optional().meta({
      description:
        "On an error finding that ships because a person reviewed and accepted it (the data package's `acknowledgements.json`): why. Absent otherwise.",
    }),
  })
  .meta({
    id: 'Finding',
    description: 'An audit finding about a contest, pointing at the lines it compares.',
  });
export type Finding = z.infer<typeof Finding>;
