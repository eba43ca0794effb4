import * as Plot from '@observablehq/plot';
import type { CandidateAggregate } from '@tally/core';
import { renderPlot, WIDE } from './render-plot.js';

export interface SharePoint {
  date: Date;
  share: number;
  label: string;
  /** Where the label goes, so contests held on one day do not print their labels over each other. */
  place: 'above' | 'below' | 'right';
}

/**
 * The candidate's share in each dated contest, oldest first (highest first within a day). Of the contests of one
 * day, the highest is labelled above its dot, the lowest below, any between to the right.
 */
export function sharePoints(candidate: Pick<CandidateAggregate, 'contests'>): SharePoint[] {
  const points = candidate.contests
    .flatMap((entry) => {
      const share = entry.share ?? (entry.percent === null ? null : entry.percent / 100);
      if (entry.date === null || share === null) return [];
      return [{ date: new Date(`${entry.date}T00:00:00Z`), share, label: entry.stateCode }];
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime() || b.share - a.share);
  return points.map((point, index) => {
    const sameDay = (other: { date: Date } | undefined) => other?.date.getTime() === point.date.getTime();
    const first = !sameDay(points[index - 1]);
    const last = !sameDay(points[index + 1]);
    const place = first ? 'above' : last ? 'below' : 'right';
    return { ...point, place };
  });
}

const labelOffsets = {
  above: { dy: -10 },
  below: { dy: 14 },
  right: { dx: 8, textAnchor: 'start' },
} as const;

/**
 * The candidate's vote share contest by contest over time in one race (hand it one race's contests: a chart
 * never runs across races), as static SVG; null without a dated share.
 */
export function candidateShareChart(
  candidate: Pick<CandidateAggregate, 'candidate' | 'contests'>,
  width = WIDE,
): string | null {
  const points = sharePoints(candidate);
  if (points.length === 0) return null;
  return renderPlot({
    className: 'tally-chart-candidate-share',
    ariaLabel: `${candidate.candidate}: vote share by contest date`,
    ariaDescription: points
      .map(
        (point) =>
          `${point.label} ${point.date.toISOString().slice(0, 10)}: ${(point.share * 100).toFixed(2)}%`,
      )
      .join(', '),
    width,
    height: 280,
    marginRight: 30,
    x: { type: 'utc', label: 'Contest date', inset: 24 },
    y: { percent: true, domain: [0, 100], label: 'Share of the vote (%)', grid: true },
    marks: [
      Plot.line(points, { x: 'date', y: 'share', stroke: 'var(--sl-color-accent, steelblue)' }),
      Plot.dot(points, { x: 'date', y: 'share', fill: 'var(--sl-color-accent, steelblue)', r: 4 }),
      ...(['above', 'below', 'right'] as const).map((place) =>
        Plot.text(
          points.filter((point) => point.place === place),
          { x: 'date', y: 'share', text: 'label', ...labelOffsets[place] },
        ),
      ),
    ],
  });
}
