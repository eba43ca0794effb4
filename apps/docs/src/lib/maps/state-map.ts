import * as Plot from '@observablehq/plot';
import { STATE_FIPS_CODES } from '@tally/core';
import { parseHTML } from 'linkedom';
import { MAP_WIDTH, mapColors, winnerColours } from './county-map.js';
import { type Shape, stateBorders, stateShapes } from './shapes.js';
import type { StateResult } from './state-results.js';

export const NO_CONTEST = 'No contest read';
export const SPLIT = 'Contests split';
export const NO_WINNER = 'No winner';

/**
 * A state's label on a race's map: its winner's name (as `names` gives the candidate's id, so one candidate is
 * one colour whatever each file calls them), or why it has none.
 */
export function stateLabel(
  state: StateResult | undefined,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (!state) return NO_CONTEST;
  if (state.winner) return names.get(state.winner.candidateId) ?? state.winner.candidate;
  return state.label === 'split' ? SPLIT : NO_WINNER;
}

/**
 * A race's state map, drawn at build time to static SVG with Observable Plot's geo mark over the Census Bureau's
 * state shapes (us-atlas), in the Albers USA projection: each state filled with the winner of its contests of the
 * race, a state without a contest read in light grey. Each state's path carries `data-state` (its USPS code),
 * `data-winner` (a candidate id, or empty) and `data-label` (what its colour stands for).
 */
export function stateMap(
  results: readonly StateResult[],
  title: string,
  names: ReadonlyMap<string, string> = new Map(),
  width = MAP_WIDTH,
  colours: ReadonlyMap<string, string> = new Map(),
): string {
  const fipsToCode = new Map(Object.entries(STATE_FIPS_CODES).map(([code, fips]) => [fips, code]));
  const byCode = new Map(results.map((state) => [state.stateCode, state]));
  // The states and DC Albers USA draws (the territories fall outside it).
  const shapes = stateShapes().filter((shape) => Number(shape.id) < 60);
  const resultOf = (shape: Shape) => byCode.get(fipsToCode.get(shape.id) ?? '');
  const label = (shape: Shape) => stateLabel(resultOf(shape), names);
  const colors = mapColors(
    shapes.map(label),
    { [SPLIT]: '#6b6b6b', [NO_WINNER]: '#a6a6a6', [NO_CONTEST]: '#e8e8e8' },
    winnerColours(
      results.map((state) => ({ tally: { winner: state.winner } })),
      names,
      colours,
    ),
  );
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as unknown as Document,
    className: 'tally-map-state',
    ariaLabel: `State map of the ${title}`,
    ariaDescription: 'Winner of the contests of each state read for this race.',
    width,
    // Albers USA of the lower 48, Alaska and Hawaii is about 8 wide by 5 high.
    height: Math.round(width * 0.62),
    projection: { type: 'albers-usa' },
    color: { type: 'ordinal', ...colors, legend: true, label: 'Winner' },
    marks: [
      Plot.geo(shapes, {
        fill: label,
        stroke: 'white',
        strokeWidth: 0.75,
        title: (shape: Shape) => `${shape.properties.name}: ${label(shape)}`,
      }),
      Plot.geo(stateBorders(), { stroke: 'white', strokeWidth: 0.75 }),
    ],
  });
  const paths = [...chart.querySelectorAll('g[aria-label="geo"] path')].slice(0, shapes.length);
  paths.forEach((path, i) => {
    const shape = shapes[i] as Shape;
    path.setAttribute('data-state', fipsToCode.get(shape.id) ?? '');
    path.setAttribute('data-winner', resultOf(shape)?.winner?.candidateId ?? '');
    path.setAttribute('data-label', label(shape));
  });
  if (chart.tagName.toLowerCase() === 'figure') chart.setAttribute('style', 'max-width:100%');
  return chart.outerHTML;
}
