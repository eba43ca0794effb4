import * as Plot from '@observablehq/plot';
import type { CandidateAggregate } from '@tally/core';
import { colourOf } from '../colours.js';
import { labelMargin, niceTop, renderPlot, WIDE } from './render-plot.js';

export interface ShareRow {
  contestId: string;
  /** The contest as the axis names it: its state and date (`ND, Feb 3`). */
  label: string;
  share: number;
  won: boolean;
  rank: number;
}

const shortDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
  });

/**
 * The candidate's share in each contest that gives one, by date (undated last), each labelled with its state and
 * date: one row per contest, never a line between them, as different contests are not one series.
 */
export function shareRows(candidate: Pick<CandidateAggregate, 'contests'>): ShareRow[] {
  return candidate.contests
    .flatMap((entry) => {
      const share = entry.share ?? (entry.percent === null ? null : entry.percent / 100);
      if (share === null) return [];
      const label = `${entry.stateCode}, ${entry.date === null ? 'date unknown' : shortDate(entry.date)}`;
      return [
        { contestId: entry.contestId, label, share, won: entry.won, rank: entry.rank, date: entry.date },
      ];
    })
    .sort(
      (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.contestId.localeCompare(b.contestId),
    )
    .map(({ date: _date, ...row }) => row);
}

/**
 * The candidate's vote share in each contest of one race (hand it one race's contests: a chart never runs across
 * races), one bar per contest in the candidate's colour, labelled with the share and the place; the axis fitted
 * to the highest share. Static SVG; null without a share.
 */
export function candidateShareChart(
  candidate: Pick<CandidateAggregate, 'candidate' | 'candidateId' | 'contests'>,
  colours: ReadonlyMap<string, string>,
  width = WIDE,
): string | null {
  const rows = shareRows(candidate);
  if (rows.length === 0) return null;
  const top = Math.min(100, niceTop(Math.max(...rows.map((row) => row.share * 100)), 1.3));
  const labels = new Map(rows.map((row) => [row.contestId, row.label]));
  return renderPlot({
    className: 'tally-chart-candidate-share',
    ariaLabel: `${candidate.candidate}: vote share in each contest`,
    ariaDescription: rows
      .map(
        (row) =>
          `${row.label}: ${(row.share * 100).toFixed(2)}%${row.won ? ', won' : `, ranked ${row.rank}`}`,
      )
      .join('; '),
    width,
    height: 48 + rows.length * 30,
    marginLeft: Math.min(labelMargin(width), 120),
    marginRight: 16,
    x: {
      percent: true,
      domain: [0, top],
      label: 'Share of the vote (%)',
      grid: true,
      ticks: width <= 400 ? 4 : 8,
    },
    y: {
      label: null,
      domain: rows.map((row) => row.contestId),
      tickFormat: (id: string) => labels.get(id) ?? id,
    },
    marks: [
      Plot.barX(rows, { x: 'share', y: 'contestId', fill: () => colourOf(colours, candidate.candidateId) }),
      Plot.text(rows, {
        x: 'share',
        y: 'contestId',
        text: (row: ShareRow) => `${(row.share * 100).toFixed(1)}%${row.won ? ' · won' : ` · #${row.rank}`}`,
        dx: 5,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  });
}
