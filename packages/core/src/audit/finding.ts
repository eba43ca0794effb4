import type { Finding, Severity } from '../schema/finding.js';
import type { FindingCode } from './codes.js';

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
  return { code, severity, message, line: valid[0] ?? 1, lines: unique.sort((a, b) => a - b) };
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
