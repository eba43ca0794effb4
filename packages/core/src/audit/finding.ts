import type { Finding, Severity } from '../schema/finding.js';
import type { FindingCode } from './codes.js';

/** Builds a finding with its lines sorted and deduplicated, so every finding reads the same way. */
export function finding(
  code: FindingCode,
  severity: Severity,
  message: string,
  lines: readonly number[],
): Finding {
  const unique = [...new Set(lines.filter((line) => Number.isInteger(line) && line >= 1))];
  return { code, severity, message, lines: unique.sort((a, b) => a - b) };
}

/** Orders findings by their first line, then code, then message: the audit's output order. */
export function compareFindings(a: Finding, b: Finding): number {
  const lineA = a.lines[0] ?? 0;
  const lineB = b.lines[0] ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.message === b.message) return 0;
  return a.message < b.message ? -1 : 1;
}
