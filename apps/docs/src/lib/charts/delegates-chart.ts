import * as Plot from '@observablehq/plot';
import type { DelegateModel, ResultRow } from '@tally/core';
import { colourOf } from '../colours.js';
import { labelLineWidth, labelMargin, niceTop, renderPlot, WIDE } from './render-plot.js';

export const AWARDED = 'Awarded (as stated)';
export const MODELLED = 'Statewide model';

export interface DelegateBar {
  candidate: string;
  candidateId: string;
  series: typeof AWARDED | typeof MODELLED;
  delegates: number;
}

/**
 * The delegates each candidate was awarded, beside what the statewide model would give them; a candidate with
 * none either way is left out (a row of "0 / 0" says nothing).
 */
export function delegateBars(results: ResultRow[], model: DelegateModel | null): DelegateBar[] {
  const bars: DelegateBar[] = [];
  for (const row of results) {
    const award = model?.awards.find((entry) => entry.candidateId === row.candidateId);
    if ((row.delegates ?? 0) === 0 && (award?.modelDelegates ?? 0) === 0) continue;
    const { candidate, candidateId } = row;
    if (row.delegates !== null)
      bars.push({ candidate, candidateId, series: AWARDED, delegates: row.delegates });
    if (award) bars.push({ candidate, candidateId, series: MODELLED, delegates: award.modelDelegates });
  }
  return bars;
}

/**
 * Grouped bars per candidate, in the candidate's colour: the delegates awarded (solid) and the statewide model's
 * (pale, outlined), the axis fitted to the largest, as static SVG; null when no candidate has any.
 */
export function delegatesChart(
  results: ResultRow[],
  model: DelegateModel | null,
  title: string,
  colours: ReadonlyMap<string, string>,
  width = WIDE,
): string | null {
  const bars = delegateBars(results, model);
  if (bars.length === 0) return null;
  const candidates = [...new Set(bars.map((bar) => bar.candidateId))];
  const names = new Map(bars.map((bar) => [bar.candidateId, bar.candidate]));
  const series = [...new Set(bars.map((bar) => bar.series))];
  const colour = (bar: DelegateBar) => colourOf(colours, bar.candidateId);
  return renderPlot({
    className: 'tally-chart-delegates',
    ariaLabel: `Delegates in the ${title}: awarded, and the statewide model`,
    ariaDescription: bars.map((bar) => `${bar.candidate}, ${bar.series}: ${bar.delegates}`).join('; '),
    subtitle: series.length > 1 ? `Solid: ${AWARDED}. Pale: ${MODELLED}.` : `${series[0]}.`,
    width,
    height: 48 + candidates.length * series.length * 22 + candidates.length * 10,
    marginLeft: labelMargin(width),
    marginRight: 36,
    x: {
      label: 'Delegates',
      grid: true,
      domain: [0, niceTop(Math.max(...bars.map((bar) => bar.delegates)))],
      ticks: width <= 400 ? 4 : 8,
    },
    y: { axis: null, domain: series },
    fy: { label: null, domain: candidates, tickFormat: (id: string) => names.get(id) ?? id },
    marks: [
      Plot.axisFy({
        anchor: 'left',
        label: null,
        lineWidth: labelLineWidth(width),
        textOverflow: 'ellipsis',
        tickFormat: (id: string) => names.get(id) ?? id,
      }),
      Plot.barX(
        bars.filter((bar) => bar.series === AWARDED),
        { x: 'delegates', y: 'series', fy: 'candidateId', fill: colour },
      ),
      Plot.barX(
        bars.filter((bar) => bar.series === MODELLED),
        { x: 'delegates', y: 'series', fy: 'candidateId', fill: colour, fillOpacity: 0.35, stroke: colour },
      ),
      Plot.text(bars, {
        x: 'delegates',
        y: 'series',
        fy: 'candidateId',
        text: 'delegates',
        dx: 5,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  });
}
