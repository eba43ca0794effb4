import * as Plot from '@observablehq/plot';
import type { DelegateModel, ResultRow } from '@tally/core';
import { labelLineWidth, labelMargin, renderPlot, WIDE } from './render-plot.js';

export const AWARDED = 'Awarded (as stated)';
export const MODELLED = 'Statewide model';

export interface DelegateBar {
  candidate: string;
  series: typeof AWARDED | typeof MODELLED;
  delegates: number;
}

/** The delegates each candidate was awarded, beside what the statewide model would give them. */
export function delegateBars(results: ResultRow[], model: DelegateModel | null): DelegateBar[] {
  const bars: DelegateBar[] = [];
  for (const row of results) {
    if (row.delegates !== null)
      bars.push({ candidate: row.candidate, series: AWARDED, delegates: row.delegates });
    const award = model?.awards.find((entry) => entry.candidateId === row.candidateId);
    if (award) bars.push({ candidate: row.candidate, series: MODELLED, delegates: award.modelDelegates });
  }
  return bars;
}

/** Grouped bars: awarded delegates and modelled delegates per candidate, as static SVG. */
export function delegatesChart(
  results: ResultRow[],
  model: DelegateModel | null,
  title: string,
  width = WIDE,
): string | null {
  const bars = delegateBars(results, model);
  if (bars.length === 0) return null;
  const candidates = [...new Set(bars.map((bar) => bar.candidate))];
  const series = [...new Set(bars.map((bar) => bar.series))];
  return renderPlot({
    className: 'tally-chart-delegates',
    ariaLabel: `Delegates in the ${title}: awarded, and the statewide model`,
    ariaDescription: bars.map((bar) => `${bar.candidate}, ${bar.series}: ${bar.delegates}`).join('; '),
    width,
    height: 40 + candidates.length * series.length * 16 + candidates.length * 8,
    marginLeft: labelMargin(width),
    marginRight: 40,
    x: { label: 'Delegates', grid: true },
    y: { axis: null, domain: series },
    fy: { label: null, domain: candidates },
    color: { legend: true, domain: [AWARDED, MODELLED], range: ['#4269d0', '#efb118'] },
    marks: [
      Plot.axisFy({
        anchor: 'left',
        label: null,
        lineWidth: labelLineWidth(width),
        textOverflow: 'ellipsis',
      }),
      Plot.barX(bars, { x: 'delegates', y: 'series', fy: 'candidate', fill: 'series' }),
      Plot.text(bars, {
        x: 'delegates',
        y: 'series',
        fy: 'candidate',
        text: 'delegates',
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  });
}
