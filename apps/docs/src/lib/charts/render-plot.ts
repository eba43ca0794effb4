import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The width of the chart for a phone; the wide one is for everything else. */
export const NARROW = 360;
export const WIDE = 640;

/** Text size of every chart, in pixels: as large as the page's small text, not Plot's 10 px. */
export const FONT_SIZE = 13;

/** Room for candidate names on the left of a bar chart, at a width. */
export function labelMargin(width: number): number {
  return width <= NARROW ? 112 : 150;
}

/** How long a candidate name may run, in ems of the chart's text, before it is cut with an ellipsis. */
export function labelLineWidth(width: number): number {
  return Math.floor((labelMargin(width) - 14) / (FONT_SIZE * 0.62));
}

/**
 * The top of an axis fitted to the data: the largest value with a little room for its label, rounded up to a
 * step a reader reads easily (a share axis to the next 10 points, counts to 1, 2 or 5 times a power of ten).
 */
export function niceTop(max: number, headroom = 1.12): number {
  if (!(max > 0)) return 1;
  const target = max * headroom;
  const power = 10 ** Math.floor(Math.log10(target / 8));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= target / 8) ?? power * 10;
  return Math.ceil(target / step) * step;
}

/**
 * Renders an Observable Plot chart at build time to static markup (an `<svg>`, or a `<figure>` when the
 * chart has a title, caption or legend), using linkedom's document in place of a browser's.
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // linkedom implements the part of the DOM that Plot uses; its types are its own.
  const chart = Plot.plot({
    ...options,
    style: { fontSize: `${FONT_SIZE}px`, ...(typeof options.style === 'object' ? options.style : {}) },
    document: document as unknown as Document,
  });
  // Plot lets a figure (a chart with a legend) grow past its column; keep it within the page on a phone.
  if (chart.tagName.toLowerCase() === 'figure') chart.setAttribute('style', 'max-width:100%');
  return chart.outerHTML;
}
