import * as Plot from '@observablehq/plot';
import type { ContestTally } from '@tally/core';
import { colourOf } from '../colours.js';
import { labelLineWidth, labelMargin, niceTop, renderPlot, WIDE } from './render-plot.js';

export interface ShareBar {
  candidate: string;
  candidateId: string;
  share: number;
}

/** The share of each row, computed from the counted unit, else the percent the document states. */
export function shareBars(tally: ContestTally): ShareBar[] {
  return tally.ranking.flatMap((row) => {
    const share = row.share ?? (row.percent === null ? null : row.percent / 100);
    return share === null ? [] : [{ candidate: row.candidate, candidateId: row.candidateId, share }];
  });
}

/**
 * A horizontal bar chart of vote share, highest first, each bar in its candidate's colour, the axis fitted to
 * the highest share (not 0 to 100), as static SVG.
 */
export function voteShareChart(
  tally: ContestTally,
  title: string,
  colours: ReadonlyMap<string, string>,
  width = WIDE,
): string {
  const bars = shareBars(tally);
  const unit = tally.unit ?? 'the vote';
  const top = Math.min(100, niceTop(Math.max(0, ...bars.map((bar) => bar.share * 100)), 1.18));
  return renderPlot({
    className: 'tally-chart-vote-share',
    ariaLabel: `Vote share in the ${title}`,
    ariaDescription: bars.map((bar) => `${bar.candidate} ${(bar.share * 100).toFixed(2)}%`).join(', '),
    width,
    height: 48 + bars.length * 30,
    marginLeft: labelMargin(width),
    marginRight: 16,
    x: {
      percent: true,
      domain: [0, top],
      label: `Share of ${unit} (%)`,
      grid: true,
      ticks: width <= 400 ? 4 : 8,
    },
    y: { label: null, domain: bars.map((bar) => bar.candidateId), tickFormat: nameOf(bars) },
    marks: [
      Plot.axisY({
        label: null,
        lineWidth: labelLineWidth(width),
        textOverflow: 'ellipsis',
        tickFormat: nameOf(bars),
      }),
      Plot.barX(bars, {
        x: 'share',
        y: 'candidateId',
        fill: (bar: ShareBar) => colourOf(colours, bar.candidateId),
        ariaLabel: (bar: ShareBar) => `${bar.candidate}: ${(bar.share * 100).toFixed(2)}%`,
      }),
      Plot.text(bars, {
        x: 'share',
        y: 'candidateId',
        text: (bar: ShareBar) => `${(bar.share * 100).toFixed(1)}%`,
        dx: 5,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Bars are keyed by candidate id (two candidates may share a name); the axis shows the name. */
function nameOf(bars: readonly { candidateId: string; candidate: string }[]) {
  const names = new Map(bars.map((bar) => [bar.candidateId, bar.candidate]));
  return (id: string) => names.get(id) ?? id;
}
