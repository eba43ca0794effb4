import type { Contest, InfoboxCandidate, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { findRow } from './names.js';
import { decimalsOf, formatCount, formatPercent, statedFiguresAgree } from './precision.js';

/** The line of one field of an infobox candidate group, else the group's first line. */
function fieldLine(group: InfoboxCandidate, field: string): number[] {
  const line = group.lines[field] ?? group.lines.candidate ?? Math.min(...Object.values(group.lines));
  return Number.isFinite(line) ? [line] : [];
}

/**
 * The infobox's count and the table's, at the coarser of their decimals: a count the table gives with
 * decimals (state delegate equivalents, `1,128.48`) is the same count when the infobox rounds it to
 * `1,128`. Whole counts must be equal: `9,500` against `9,512` is another figure, not a rounding.
 */
function countsAgree(group: InfoboxCandidate, row: ResultRow): boolean {
  if (group.votes === null || row.votes === null) return true;
  if (group.votes === row.votes) return true;
  const infoboxDecimals = decimalsOf(group.raw.votes, group.votes);
  const tableDecimals = decimalsOf(row.raw.votes, row.votes);
  if (infoboxDecimals === tableDecimals) return false;
  return statedFiguresAgree(group.votes, infoboxDecimals, row.votes, tableDecimals);
}

function compareGroup(group: InfoboxCandidate, row: ResultRow, name: string): Finding[] {
  const findings: Finding[] = [];
  if (group.votes !== null && row.votes !== null && !countsAgree(group, row)) {
    findings.push(
      finding(
        'infobox-votes-mismatch',
        'warning',
        `The infobox gives ${name} ${formatCount(group.votes)} votes; the table gives ${formatCount(row.votes)}.`,
        [...fieldLine(group, 'votes'), row.line],
      ),
    );
  }
  if (group.percent !== null && row.percent !== null) {
    const infoboxDecimals = decimalsOf(group.raw.percent, group.percent);
    const tableDecimals = decimalsOf(row.raw.percent, row.percent);
    if (!statedFiguresAgree(group.percent, infoboxDecimals, row.percent, tableDecimals)) {
      findings.push(
        finding(
          'infobox-percent-mismatch',
          'warning',
          `The infobox gives ${name} ${formatPercent(group.percent, infoboxDecimals)}; the table gives ${formatPercent(row.percent, tableDecimals)}.`,
          [...fieldLine(group, 'percent'), row.line],
        ),
      );
    }
  }
  if (group.delegates !== null && row.delegates !== null && group.delegates !== row.delegates) {
    findings.push(
      finding(
        'infobox-delegates-mismatch',
        'warning',
        `The infobox gives ${name} ${formatCount(group.delegates)} delegates; the table gives ${formatCount(row.delegates)}.`,
        [...fieldLine(group, 'delegates'), row.line],
      ),
    );
  }
  if (group.withdrawn !== row.withdrawn) {
    const [marked, unmarked] = group.withdrawn ? ['infobox', 'table'] : ['table', 'infobox'];
    findings.push(
      finding(
        'infobox-withdrawn-mismatch',
        'warning',
        `The ${marked} marks ${name} as withdrawn; the ${unmarked} does not.`,
        [...fieldLine(group, 'withdrawn'), row.line],
      ),
    );
  }
  return findings;
}

/**
 * The infobox against the table, candidate by candidate (matched by id, then by folded name):
 * votes, percent (at the coarser of the two precisions), delegates and the withdrawn flag.
 */
export function checkInfoboxTable(contest: Contest): Finding[] {
  const findings: Finding[] = [];
  for (const group of contest.infobox.candidates) {
    if (group.candidate === null && group.candidateId === null) continue;
    const name = group.candidate ?? group.candidateId ?? '';
    const row = findRow(contest.results, group.candidate, group.candidateId);
    if (row === null) {
      findings.push(
        finding(
          'infobox-candidate-missing',
          'warning',
          `The infobox lists ${name} (candidate ${group.index}), but the results table has no row for them.`,
          [...fieldLine(group, 'candidate'), contest.lines.resultsTable],
        ),
      );
      continue;
    }
    findings.push(...compareGroup(group, row, row.candidate));
  }
  return findings;
}
