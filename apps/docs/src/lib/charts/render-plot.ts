import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders an Observable Plot chart at build time to static markup (an `<svg>`, or a `<figure>` when the
 * chart has a title, caption or legend), using linkedom's document in place of a browser's.
 */
/** The width of the chart for a phone; the wide one is for everything else. */
export const NARROW = 360;
export const WIDE = 640;

/** Room for candidate names on the left of a bar chart, at a width. */
export function labelMargin(width: number): number {
  return width <= NARROW ? 104 : 140;
}

/** How long a candidate name may run, in ems of Plot's 10px text, before it is cut with an ellipsis. */
export function labelLineWidth(width: number): number {
  return Math.floor((labelMargin(width) - 14) / 10);
}

export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom implements the part of the DOM that Plot uses; its types are its own.
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  // Plot lets a figure (a chart with a legend) grow past its column; keep it within the page on a phone.
  if (chart.tagName.toLowerCase() === 'figure') chart.setAttribute('style', 'max-width:100%');
  return chart.outerHTML;
}
