import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { rowDelegates } from './delegates-total.js';
import { finding } from './finding.js';

/** The delegates the table awards: the Total row's figure, else the sum of the rows. */
export function tableDelegates(contest: Contest): number | null {
  return contest.totals.delegates ?? rowDelegates(contest);
}

/** Who states the delegates at stake: the infobox, the prose, or both (each count from one of them). */
function statedBy(contest: Contest): string {
  const infoboxLines = new Set(contest.infobox.fields.map((f) => f.line));
  const { total, pledged, unpledged } = contest.delegates.lines;
  const from = [total, pledged, unpledged]
    .filter((l): l is number => l !== null)
    .map((l) => infoboxLines.has(l));
  if (from.every(Boolean)) return 'the infobox';
  if (from.every((b) => !b)) return 'the prose';
  return 'the infobox with the prose';
}

const capital = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

function describe(total: number | null, pledged: number | null, unpledged: number | null): string {
  const parts: string[] = [];
  if (total !== null) parts.push(`${total} in all`);
  if (pledged !== null) parts.push(`${pledged} pledged`);
  if (unpledged !== null) parts.push(`${unpledged} unpledged`);
  return parts.join(', ');
}

/**
 * The delegates the infobox puts at stake against the delegates in the table. The table may hold
 * them all (total, or pledged + unpledged) or only the pledged ones; the message says which comparison held.
 */
export function checkDelegatesInfobox(contest: Contest): Finding[] {
  const { total, pledged, unpledged, line } = contest.delegates;
  if (line === null || (total === null && pledged === null && unpledged === null)) return [];
  const findings: Finding[] = [];
  if (total !== null && pledged !== null && unpledged !== null && total !== pledged + unpledged) {
    findings.push(
      finding(
        'delegate-count-sum-mismatch',
        'error',
        `${capital(statedBy(contest))} states ${total} delegates, but ${pledged} pledged and ${unpledged} unpledged make ${pledged + unpledged}.`,
        [line],
      ),
    );
  }
  const table = tableDelegates(contest);
  if (table === null) return findings;
  // Every line that states a count (the infobox, or the prose for what it leaves out), then the Total row.
  const stated = [
    contest.delegates.lines.total,
    contest.delegates.lines.pledged,
    contest.delegates.lines.unpledged,
  ];
  const lines = [line, ...stated.filter((l): l is number => l !== null), contest.totals.line];
  const all = total ?? (pledged !== null && unpledged !== null ? pledged + unpledged : null);
  if (all !== null && table === all) return findings;
  if (pledged !== null && table === pledged) {
    if (all !== null && all !== pledged) {
      findings.push(
        finding(
          'delegates-pledged-only',
          'info',
          `The table's ${table} delegates are the ${pledged} pledged delegates ${statedBy(contest)} states; its ${all - pledged} unpledged delegates (of ${all} in all) are not in the table.`,
          lines,
        ),
      );
    }
    return findings;
  }
  findings.push(
    finding(
      'delegate-count-mismatch',
      'warning',
      `The table awards ${table} delegates, but ${statedBy(contest)} states ${describe(total, pledged, unpledged)}: the table's figure is neither ${all !== null ? `the ${all} in all` : 'the total'} nor ${pledged !== null ? `the ${pledged} pledged` : 'the pledged count'}.`,
      lines,
    ),
  );
  return findings;
}
