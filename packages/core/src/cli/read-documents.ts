import { withAudit } from '../audit/index.js';
import { parseContest } from '../parse/index.js';
import type { Contest, ParseError } from '../schema/index.js';
import type { Io } from './io.js';

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

/**
 * Reads, parses and audits each file in turn, in the order given. A file that cannot be read or
 * parsed gets its error in its place and never stops the others.
 */
export async function readDocuments(files: readonly string[], io: Io): Promise<DocumentEntry[]> {
  const entries: DocumentEntry[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      entries.push({ file, ok: false, error: unreadable(error) });
      continue;
    }
    const result = parseContest(bytes, { file });
    entries.push(
      result.ok
        ? { file, ok: true, contest: withAudit(result.contest) }
        : { file, ok: false, error: result.error },
    );
  }
  return entries;
}

/** `file:line:column: error code: message`, the form editors and terminals link to (no line when 0). */
export function formatError({ file, error }: FailedEntry): string {
  const column = 'column' in error && error.column !== undefined ? `:${error.column}` : '';
  const where = error.line > 0 ? `${file}:${error.line}${column}` : file;
  return `${where}: error ${error.code}: ${error.message}`;
}
