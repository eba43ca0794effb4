import type { Finding, Severity } from '../schema/finding.js';
import type { FindingCode } from './codes.js';

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The message in one piece. A message put together from template parts is held by V8 as a tree of
 * those parts until it is read, three times the memory of the text (measured: 544 against 169 bytes
 * for a typical percent-mismatch message); a finding keeps its message, and a document can have one
 * per row. `normalize` returns the text as one string, and ASCII text is its own NFC: the same
 * characters. Other text is kept as built (normalising it could change it).
 */
function flat(message: string): string {
  return isAscii(message) ? message.normalize('NFC') : message;
}

/**
 * Builds a finding: `lines` lists first the line that is wrong (or most likely wrong), then the others it
 * was compared with; the finding keeps that first line as `line` and every line sorted and deduplicated.
 */
export function finding(
  code: FindingCode,
  severity: Severity,
  message: string,
  lines: readonly number[],
): Finding {
  const valid = lines.filter((line) => Number.isInteger(line) && line >= 1);
  const unique = [...new Set(valid)];
  return { code, severity, message: flat(message), line: valid[0] ?? 1, lines: unique.sort((a, b) => a - b) };
}

/** Orders findings by the line they point at, then code, then message: the audit's output order. */
export function compareFindings(a: Finding, b: Finding): number {
  const lineA = a.line;
  const lineB = b.line;
  if (lineA !== lineB) return lineA - lineB;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.message === b.message) return 0;
  return a.message < b.message ? -1 : 1;
}
