import type { Finding } from '@tally/core';
import { documentedColumns, markdownTables } from './markdown-tables.js';

export interface FindingCodeRow {
  code: string;
  severity: string;
  /** What the code means, as inline Markdown; null when its documentation does not list it. */
  meaning: string | null;
  /** How many findings of this code the current data holds. */
  count: number;
  contestIds: string[];
}

/**
 * Every finding code: those documented (the tables of the audit's CODES.md whose first column is Code), then any
 * other the data holds, each with its count in the data and the contests it occurs in.
 */
export function findingCodeRows(
  codesMarkdown: string,
  contests: readonly { id: string; findings: Finding[] }[],
) {
  const rows = new Map<string, FindingCodeRow>();
  for (const table of markdownTables(codesMarkdown)) {
    const columns = table.header.map((cell) => cell.toLowerCase());
    const severity = columns.indexOf('severity');
    const meaning = columns.indexOf('meaning');
    if (columns[0] !== 'code') continue;
    for (const cells of table.rows) {
      const [code] = documentedColumns(cells[0] ?? '');
      if (code === undefined || rows.has(code)) continue;
      rows.set(code, {
        code,
        severity: cells[severity] ?? '',
        meaning: cells[meaning] ?? null,
        count: 0,
        contestIds: [],
      });
    }
  }
  for (const contest of contests) {
    for (const finding of contest.findings) {
      const row = rows.get(finding.code) ?? {
        code: finding.code,
        severity: finding.severity,
        meaning: null,
        count: 0,
        contestIds: [],
      };
      row.count += 1;
      if (!row.contestIds.includes(contest.id)) row.contestIds.push(contest.id);
      rows.set(finding.code, row);
    }
  }
  return [...rows.values()];
}
