import {
  type Contest,
  type Finding,
  parseContest,
  type RosterEntry,
  readOpenElections,
  withAudit,
} from '@tally/core';
import {
  type Acknowledged,
  type Acknowledgement,
  acknowledgementLookup,
  applyAcknowledgements,
} from './acknowledgements.ts';
import { type Diagnostic, fromFinding, fromParseError } from './diagnostic.ts';

/** A source document as read from disk, named as the contests will name it (`sources/<name>`). */
export type SourceFile = { file: string; bytes: Uint8Array };

export type CheckedSources = {
  /** What stops the build: parse errors, unacknowledged error findings, duplicate ids, stale acknowledgements. */
  problems: Diagnostic[];
  warnings: Diagnostic[];
  acknowledged: Acknowledged[];
};

export type SourceChecker = {
  /**
   * Parses and audits one source: its audited contest, or null when it does not parse or gives an id an
   * earlier source gave (a problem either way). Its error findings still need `finish` to be acknowledged.
   */
  check(source: SourceFile): Contest | null;
  /**
   * Reads and audits one OpenElections file (names resolved through `roster`): its audited contests, one per
   * party, or none when it does not read (a problem). Several files, or an article and files, may give one id:
   * the build merges them.
   */
  checkCsv(source: SourceFile, roster: readonly RosterEntry[]): Contest[];
  /** Reports findings made after the sources were read (sources compared): warnings, and errors to acknowledge. */
  report(findings: readonly Finding[], file: string): void;
  /** Every problem and warning of the sources checked, and the error findings acknowledged. */
  finish(): CheckedSources;
};

/**
 * Checks sources one at a time, so a build never holds them all, and collects every problem rather than
 * stopping at the first, so one broken document never hides another.
 */
export function sourceChecker(
  acknowledgements: readonly Acknowledgement[],
  acknowledgementsFile: string,
): SourceChecker {
  const problems: Diagnostic[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const fileOfId = new Map<string, string>();
  const acknowledgementOf = acknowledgementLookup(acknowledgements);
  let checked = 0;
  function report(findings: readonly Finding[], file: string): void {
    for (const finding of findings) {
      // A finding comparing files is reported at the first file it names.
      const where = finding.sources?.[0]?.file ?? file;
      if (finding.severity === 'error') errors.push(fromFinding(where, finding));
      if (finding.severity === 'warning') warnings.push(fromFinding(where, finding));
    }
  }
  return {
    check(source) {
      checked += 1;
      const parsed = parseContest(source.bytes, { file: source.file });
      if (!parsed.ok) {
        problems.push(fromParseError(source.file, parsed.error));
        return null;
      }
      const audited = withAudit(parsed.contest);
      // An error finding a reviewed entry covers ships with the entry's reason, so every reader sees why.
      const contest: Contest = {
        ...audited,
        findings: audited.findings.map((finding) => {
          if (finding.severity !== 'error') return finding;
          const entry = acknowledgementOf(source.file, finding.code, fromFinding(source.file, finding).lines);
          return entry === undefined
            ? finding
            : { ...finding, acknowledgement: { reason: entry.reason, reviewedBy: entry.reviewedBy ?? null } };
        }),
      };
      // Every finding of the file is reported, a duplicate or not: one problem never hides another.
      report(contest.findings, source.file);
      const first = fileOfId.get(contest.id);
      if (first !== undefined) {
        problems.push({
          severity: 'error',
          code: 'contest-id-duplicate',
          file: source.file,
          lines: [contest.lines.title],
          message: `contest id ${contest.id} is also read from ${first}; a contest has one article (OpenElections files of it are merged with it)`,
        });
        return null;
      }
      fileOfId.set(contest.id, source.file);
      return contest;
    },
    checkCsv(source, roster) {
      checked += 1;
      const read = readOpenElections(source.bytes, { file: source.file, roster });
      if (!read.ok) {
        problems.push(fromParseError(source.file, read.error));
        return [];
      }
      return read.contests.map((contest) => {
        const audited = withAudit(contest);
        report(audited.findings, source.file);
        return audited;
      });
    },
    report,
    finish() {
      const empty: Diagnostic[] =
        checked === 0
          ? [
              {
                severity: 'error',
                code: 'sources-empty',
                file: 'sources',
                lines: [],
                message:
                  'no source documents (*.txt articles, openelections/<state>/*.csv files) to build from',
              },
            ]
          : [];
      const { unacknowledged, acknowledged, stale } = applyAcknowledgements(
        errors,
        acknowledgements,
        acknowledgementsFile,
      );
      return {
        problems: [...[...empty, ...problems, ...unacknowledged].sort(byFileThenLine), ...stale],
        warnings: [...warnings].sort(byFileThenLine),
        acknowledged,
      };
    },
  };
}

function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.lines[0] ?? 0) - (b.lines[0] ?? 0);
}
