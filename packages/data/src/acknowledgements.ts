import { Line } from '@tally/core';
import { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';

/** The reason the build's ready-to-edit entries carry, which the build refuses until it is replaced. */
const PLACEHOLDER = 'REPLACE:';

/** A reviewed decision to ship a contest despite one error finding, and why. */
export const Acknowledgement = z
  .strictObject({
    file: z.string().min(1).meta({ description: 'The source the finding is about, as `sources/<name>`.' }),
    code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    lines: z.array(Line).min(1).meta({
      description: 'The lines the finding names, in any order: a finding on other lines is not covered.',
    }),
    reason: z
      .string()
      .regex(/\S/, 'needs a reason: say why the figure ships as it is')
      .refine((reason) => !reason.trimStart().startsWith(PLACEHOLDER), {
        message: 'still holds the placeholder reason: say why the figure ships as it is',
      }),
    reviewedBy: z.string().min(1).optional(),
  })
  .meta({
    id: 'Acknowledgement',
    description: 'An error finding reviewed and accepted, with the reason; see packages/data/README.md.',
  });
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const Acknowledgements = z.array(Acknowledgement);

const describeEntry = (entry: Acknowledgement) =>
  `${entry.file} ${entry.code} at line${entry.lines.length > 1 ? 's' : ''} ${entry.lines.join(', ')}`;

/** Reads the reviewed file; `null` text means there is none, which acknowledges nothing. */
export function readAcknowledgements(
  text: string | null,
  file: string,
): { acknowledgements: Acknowledgement[]; problems: Diagnostic[] } {
  if (text === null) return { acknowledgements: [], problems: [] };
  const problem = (code: string, message: string): Diagnostic => ({
    severity: 'error',
    code,
    file,
    lines: [],
    message,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      acknowledgements: [],
      problems: [problem('acknowledgements-invalid', `not JSON: ${(error as Error).message}`)],
    };
  }
  const parsed = Acknowledgements.safeParse(json);
  if (!parsed.success) {
    return {
      acknowledgements: [],
      problems: parsed.error.issues.map((issue) =>
        problem(
          'acknowledgements-invalid',
          `${issue.path.length > 0 ? `entry ${issue.path.join('.')}` : 'the file'}: ${issue.message}`,
        ),
      ),
    };
  }
  const seen = new Set<string>();
  const problems: Diagnostic[] = [];
  for (const entry of parsed.data) {
    const key = matchKey(entry.file, entry.code, entry.lines);
    if (seen.has(key)) {
      problems.push(problem('acknowledgement-duplicate', `${describeEntry(entry)} is acknowledged twice`));
    }
    seen.add(key);
  }
  return { acknowledgements: parsed.data, problems };
}

function matchKey(file: string, code: string, lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  return JSON.stringify([file, code, sorted]);
}

export type Acknowledged = { diagnostic: Diagnostic; acknowledgement: Acknowledgement };

/** The entry that covers an error finding of a file (same code, same lines in any order), if any. */
export function acknowledgementLookup(
  acknowledgements: readonly Acknowledgement[],
): (file: string, code: string, lines: readonly number[]) => Acknowledgement | undefined {
  const byKey = new Map(
    acknowledgements.map((entry) => [matchKey(entry.file, entry.code, entry.lines), entry]),
  );
  return (file, code, lines) => byKey.get(matchKey(file, code, lines));
}

/**
 * Splits error diagnostics into those a reviewed entry covers (same file, code and lines) and those it
 * does not; an entry that covers nothing is returned as a problem, so stale ones do not linger.
 */
export function applyAcknowledgements(
  errors: readonly Diagnostic[],
  acknowledgements: readonly Acknowledgement[],
  acknowledgementsFile: string,
): { unacknowledged: Diagnostic[]; acknowledged: Acknowledged[]; stale: Diagnostic[] } {
  const byKey = new Map(
    acknowledgements.map((entry) => [matchKey(entry.file, entry.code, entry.lines), entry]),
  );
  const usedKeys = new Set<string>();
  const unacknowledged: Diagnostic[] = [];
  const acknowledged: Acknowledged[] = [];
  for (const diagnostic of errors) {
    const key = matchKey(diagnostic.file, diagnostic.code, diagnostic.lines);
    const entry = byKey.get(key);
    if (entry === undefined) {
      unacknowledged.push(diagnostic);
    } else {
      usedKeys.add(key);
      acknowledged.push({ diagnostic, acknowledgement: entry });
    }
  }
  const stale = acknowledgements
    .filter((entry) => !usedKeys.has(matchKey(entry.file, entry.code, entry.lines)))
    .map(
      (entry): Diagnostic => ({
        severity: 'error',
        code: 'acknowledgement-stale',
        file: acknowledgementsFile,
        lines: [],
        message: `${describeEntry(entry)} matches no error finding: remove it, or correct its file, code or lines`,
      }),
    );
  return { unacknowledged, acknowledged, stale };
}

/**
 * Ready-to-edit entries for the error findings that stopped a build: the build prints them so a reviewer
 * can paste them into acknowledgements.json, with a placeholder reason the build refuses until replaced.
 * Parse errors and the build's own problems are left out: they are fixed in the document, not accepted.
 */
export function acknowledgementTemplate(
  problems: readonly Diagnostic[],
  findingCodes: ReadonlySet<string>,
): string | null {
  const entries = problems
    .filter((p) => findingCodes.has(p.code) && p.lines.length > 0)
    .map((p) => ({
      file: p.file,
      code: p.code,
      lines: p.lines,
      reason: `${PLACEHOLDER} why ${p.file} ships with this figure as published (checked against what source?)`,
    }));
  // One entry a line, so each can be pasted, edited or left out on its own.
  return entries.length === 0 ? null : `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
}
