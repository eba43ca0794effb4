import type { FindingBrief, Severity } from '@tally/core';

/** `1 error`, `2 warnings`, `1 info finding`, `3 info findings`. */
export function severityCount(severity: Severity, count: number): string {
  const noun = severity === 'info' ? 'info finding' : severity;
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One code of a severity: how many findings have it, and the reasons of those acknowledged. */
export interface CodeCount {
  code: string;
  count: number;
  /** The acknowledgement of each acknowledged error of this code, with the contest it is in. */
  acknowledged: { reason: string; reviewedBy: string | null; contestId: string }[];
}

/** The findings of one severity, by code: what a count such as "2 warnings" stands for. */
export interface SeverityGroup {
  severity: Severity;
  count: number;
  acknowledged: number;
  codes: CodeCount[];
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Findings grouped by severity (errors first; a severity with none left out), each group by code (most first,
 * then by name), with the reason of every acknowledged error: so a count is never shown without what it counts.
 */
export function groupFindings(
  entries: readonly { contestId: string; findingsBrief: readonly FindingBrief[] }[],
): SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const codes = new Map<string, CodeCount>();
    let count = 0;
    for (const { contestId, findingsBrief } of entries) {
      for (const brief of findingsBrief) {
        if (brief.severity !== severity) continue;
        count += 1;
        const entry = codes.get(brief.code) ?? { code: brief.code, count: 0, acknowledged: [] };
        entry.count += 1;
        if (brief.acknowledgement !== null) entry.acknowledged.push({ ...brief.acknowledgement, contestId });
        codes.set(brief.code, entry);
      }
    }
    if (count === 0) return [];
    const sorted = [...codes.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    const acknowledged = sorted.reduce((total, code) => total + code.acknowledged.length, 0);
    return [{ severity, count, acknowledged, codes: sorted }];
  });
}

/**
 * A group's count in words, marking acknowledged errors as such: `2 warnings`, `1 error, acknowledged`,
 * `3 errors, 1 of them acknowledged`.
 */
export function groupCount(group: Pick<SeverityGroup, 'severity' | 'count' | 'acknowledged'>): string {
  const count = severityCount(group.severity, group.count);
  if (group.acknowledged === 0) return count;
  if (group.acknowledged === group.count) return `${count}, acknowledged`;
  return `${count}, ${group.acknowledged} of them acknowledged`;
}

/** The same in plain text, codes and reasons included, for a title or a test. */
export function findingsText(groups: readonly SeverityGroup[]): string {
  if (groups.length === 0) return 'no findings';
  return groups
    .map((group) => {
      const codes = group.codes
        .map((code) => {
          const times = code.count > 1 ? ` ×${code.count}` : '';
          const reasons = code.acknowledged.map((entry) => `; acknowledged: “${entry.reason}”`).join('');
          return `${code.code}${times}${reasons}`;
        })
        .join(', ');
      return `${groupCount(group)} (${codes})`;
    })
    .join('; ');
}
