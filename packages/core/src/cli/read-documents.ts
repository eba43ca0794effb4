import { withAudit } from '../audit/index.js';
import { raceRoster } from '../openelections/race-roster.js';
import { readOpenElections } from '../openelections/read-openelections.js';
import type { RosterEntry } from '../openelections/roster.js';
import { parseContest, slugify } from '../parse/index.js';
import type { Contest, ParseError } from '../schema/index.js';
import { type Io, isCsvPath } from './io.js';

/** A file the CLI could not read at all; the parser never saw it. */
export interface FileUnreadable {
  code: 'file-unreadable';
  message: string;
  line: 0;
}

/** What became of one file: its audited contest, or why it gives none. */
export type DocumentEntry =
  | { file: string; ok: true; contest: Contest }
  | { file: string; ok: false; error: ParseError | FileUnreadable };

export type FailedEntry = Extract<DocumentEntry, { ok: false }>;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

function unreadable(error: unknown): FileUnreadable {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return {
    code: 'file-unreadable',
    message: `Cannot read the file (${reason}): expected the path of a readable text document.`,
    line: 0,
  };
}

/** Every candidate of some contests, as a roster for the CSVs' names. */
function rosterOf(contests: readonly Contest[], from: RosterEntry['from']): RosterEntry[] {
  return contests.flatMap((contest) =>
    contest.results
      .filter((row) => row.kind === 'candidate')
      .map((row) => ({
        candidateId: row.candidateId,
        candidate: row.candidate,
        year: contest.year,
        party: slugify(contest.party),
        from,
      })),
  );
}

/**
 * Reads, parses and audits each file in turn, in the order given: an article gives one entry, an
 * OpenElections CSV (`.csv`) one per contest it holds. The CSVs are read after the articles, so a name
 * that is an article's candidate takes its id, and again with one id per person of each race (`raceRoster`):
 * `Kerry J F`, `Christopher J. Dodd` and `Chris Dodd` take the id another file gives the same person. A file that cannot be read or parsed gets its error in its
 * place and never stops the others.
 */
export async function readDocuments(files: readonly string[], io: Io): Promise<DocumentEntry[]> {
  const read: ({ file: string; bytes: Uint8Array } | { file: string; error: FileUnreadable })[] = [];
  for (const file of files) {
    try {
      read.push({ file, bytes: await io.readFile(file) });
    } catch (error) {
      read.push({ file, error: unreadable(error) });
    }
  }
  const byFile = new Map<number, DocumentEntry[]>();
  const articles: Contest[] = [];
  read.forEach((item, index) => {
    if ('error' in item) byFile.set(index, [{ file: item.file, ok: false, error: item.error }]);
    else if (!isCsvPath(item.file)) {
      const result = parseContest(item.bytes, { file: item.file });
      if (result.ok) articles.push(result.contest);
      byFile.set(index, [
        result.ok
          ? { file: item.file, ok: true, contest: withAudit(result.contest) }
          : { file: item.file, ok: false, error: result.error },
      ]);
    }
  });
  const roster = rosterOf(articles, 'article');
  const csvs: { index: number; file: string; bytes: Uint8Array; contests: Contest[] }[] = [];
  read.forEach((item, index) => {
    if ('error' in item || !isCsvPath(item.file)) return;
    const result = readOpenElections(item.bytes, { file: item.file, roster });
    if (!result.ok) byFile.set(index, [{ file: item.file, ok: false, error: result.error }]);
    else csvs.push({ index, file: item.file, bytes: item.bytes, contests: result.contests });
  });
  // Second pass: every CSV read again with one id per person of each race, whatever form each file writes
  // the name in (`raceRoster`: initials, middle names, nicknames and typos, the articles' ids first).
  const sightings = csvs.flatMap((csv) =>
    csv.contests.flatMap((contest) =>
      contest.results
        .filter((row) => row.kind === 'candidate')
        .map((row) => ({
          candidate: row.candidate,
          candidateId: row.candidateId,
          year: contest.year,
          party: slugify(contest.party),
        })),
    ),
  );
  const people = raceRoster(sightings, roster);
  if (people.length > 0) {
    const full = [...roster, ...people];
    for (const csv of csvs) {
      const reread = readOpenElections(csv.bytes, { file: csv.file, roster: full });
      if (reread.ok) csv.contests = reread.contests;
    }
  }
  for (const csv of csvs) {
    byFile.set(
      csv.index,
      csv.contests.map((contest) => ({ file: csv.file, ok: true as const, contest: withAudit(contest) })),
    );
  }
  return read.flatMap((_, index) => byFile.get(index) ?? []);
}

/** `file:line:column: error code: message`, the form editors and terminals link to (no line when 0). */
export function formatError({ file, error }: FailedEntry): string {
  const column = 'column' in error && error.column !== undefined ? `:${error.column}` : '';
  const where = error.line > 0 ? `${file}:${error.line}${column}` : file;
  return `${where}: error ${error.code}: ${error.message}`;
}
