import * as Plot from '@observablehq/plot';
import type { ContestTally } from '@tally/core';
import { labelLineWidth, labelMargin, renderPlot, WIDE } from './render-plot.js';

export interface ShareBar {
  candidate: string;
  share: number;
}

/** The share of each row, computed from the counted unit, else the percent the document states. */
export function shareBars(tally: ContestTally): ShareBar[] {
  return tally.ranking.flatMap((row) => {
    const share = row.share ?? (row.percent === null ? null : row.percent / 100);
    return share === null ? [] : [{ candidate: row.candidate, share }];
  });
}

/** A horizontal bar chart of vote share, highest first, as static SVG. */
export function voteShareChart(tally: ContestTally, title: string, width = WIDE): string {
  const bars = shareBars(tally);
  const unit = tally.unit ?? 'the vote';
  return renderPlot({
    className: 'tally-chart-vote-share',
    ariaLabel: `Vote share in the ${title}`,
    ariaDescription: bars.map((bar) => `${bar.candidate} ${(bar.share * 100).toFixed(2)}%`).join(', '),
    width,
    height: 40 + bars.length * 28,
    marginLeft: labelMargin(width),
    marginRight: 56,
    x: { percent: true, domain: [0, 100], label: `Share of ${unit} (%)`, grid: true },
    y: { label: null, domain: bars.map((bar) => bar.candidate) },
    marks: [
      Plot.axisY({ label: null, lineWidth: labelLineWidth(width), textOverflow: 'ellipsis' }),
      Plot.barX(bars, { x: 'share', y: 'candidate', fill: 'var(--sl-color-accent, steelblue)' }),
      Plot.text(bars, {
        x: 'share',
        y: 'candidate',
        text: (bar: ShareBar) => `${(bar.share * 100).toFixed(1)}%`,
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  });
}
