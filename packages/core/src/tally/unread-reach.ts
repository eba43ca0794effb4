import type { Contest, ResultRow } from '../schema/contest.js';

/** The most votes a row without a figure could hold, and which rows those are. */
export interface UnreadReach {
  /** The largest count any one unread row could hold; Infinity when nothing bounds it. */
  most: number;
  lines: number[];
  names: string[];
  unit: string;
  /** What bounds `most`, in words. */
  basis: string;
}

/** A count as the tables write it: thousands separated, decimals kept. */
export function formatFigure(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Half a unit of the stated percent's last decimal: `50.8` may be anything from 50.75 up to 50.85. */
function halfUnit(raw: string | null): number {
  const dot = raw?.indexOf('.') ?? -1;
  if (raw === null || dot < 0) return 0.5;
  let decimals = 0;
  for (let i = dot + 1; i < raw.length && raw.charCodeAt(i) >= 0x30 && raw.charCodeAt(i) <= 0x39; i++)
    decimals++;
  return 0.5 * 10 ** -decimals;
}

/**
 * The real candidates' rows that give no count while the table counts (a blank, `n/a`, `?`), and the most
 * any one of them could hold: what the Total row leaves over after the rows read, narrowed by the row's
 * own stated percent of that total where it gives one. Null when every real candidate's row has a count,
 * or the table has no count column at all.
 */
export function unreadReach(contest: Contest): UnreadReach | null {
  if (contest.unit === null || !contest.results.some((r) => r.votes !== null)) return null;
  const unread = contest.results.filter((r) => r.kind === 'candidate' && r.votes === null);
  if (unread.length === 0) return null;
  const read = contest.results.reduce((s, r) => s + (r.votes ?? 0), 0);
  const stated = contest.totals.votes;
  const gap = stated !== null && stated >= read ? stated - read : Number.POSITIVE_INFINITY;
  let most = 0;
  let byPercent = true;
  for (const row of unread) {
    const bound = percentBound(row, stated);
    if (bound === null || bound >= gap) byPercent = false;
    most = Math.max(most, Math.min(gap, bound ?? Number.POSITIVE_INFINITY));
  }
  const basis = Number.isFinite(gap)
    ? byPercent
      ? 'by its stated percent of the Total row'
      : `the Total row's ${formatFigure(stated ?? 0)} less the ${formatFigure(read)} of the rows read`
    : stated === null
      ? 'the Total row gives no count to bound it'
      : `the Total row's ${formatFigure(stated)} is less than the rows read, so nothing bounds it`;
  return {
    most,
    lines: unread.map((r) => r.line),
    names: unread.map((r) => r.candidate),
    unit: contest.unit === 'votes' ? 'votes' : contest.unit,
    basis,
  };
}

/** The most a row's stated percent allows of the stated total, rounding included; null without both. */
function percentBound(row: ResultRow, stated: number | null): number | null {
  if (row.percent === null || stated === null) return null;
  return ((row.percent + halfUnit(row.raw.percent)) / 100) * stated;
}
