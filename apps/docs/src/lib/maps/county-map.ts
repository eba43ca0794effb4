import * as Plot from '@observablehq/plot';
import { STATE_FIPS_CODES } from '@tally/core';
import { parseHTML } from 'linkedom';
import type { CountyResults } from './county-results.js';
import { countyShapes, type Shape, stateShapes } from './shapes.js';

/** What a county without a winner shows instead of one. */
export const TIED = 'Tied';
export const NO_VOTES = 'No votes';
export const NO_UNIT = 'No unit in the source';

/** Plot's Tableau 10, for the winners; greys for the counties without one. */
const WINNER_COLORS = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];
/** The greys of the labels that are no winner: a dark one for a tie or a split, light for nothing read. */
export const OTHER_COLORS: Readonly<Record<string, string>> = {
  [TIED]: '#6b6b6b',
  [NO_VOTES]: '#a6a6a6',
  [NO_UNIT]: '#e8e8e8',
};

export const MAP_WIDTH = 640;
/** The opacity of a county whose winner has no share, and of one whose winner has all of it. */
export const SHARE_OPACITY = [0.3, 1] as const;

/** The opacity a winner's share is drawn at (0.5 for half the votes). */
export function shareOpacity(share: number): number {
  return SHARE_OPACITY[0] + (SHARE_OPACITY[1] - SHARE_OPACITY[0]) * share;
}

/** A county's label on the map: its winner's name (as `names` gives their id, else the unit's), or why it has none. */
export function countyLabel(
  county: CountyResults['counties'][number] | undefined,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (!county) return NO_UNIT;
  const winner = county.tally.winner;
  if (winner) return names.get(winner.candidateId) ?? winner.candidate;
  return county.tally.outcome === 'tied' ? TIED : NO_VOTES;
}

/**
 * The legend's entries and their colours: the winners, most counties won first, then the counties without one. A
 * winner is drawn in `winnerColors`' colour for their label (the site's one colour per candidate), else in turn
 * from the map's own palette.
 */
export function mapColors(
  labels: readonly string[],
  otherColors: Readonly<Record<string, string>> = OTHER_COLORS,
  winnerColors: ReadonlyMap<string, string> = new Map(),
): { domain: string[]; range: string[] } {
  const won = new Map<string, number>();
  for (const label of labels) if (!(label in otherColors)) won.set(label, (won.get(label) ?? 0) + 1);
  const winners = [...won].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const others = Object.keys(otherColors).filter((label) => labels.includes(label));
  return {
    domain: [...winners, ...others],
    range: [
      ...winners.map(
        (name, i) => winnerColors.get(name) ?? (WINNER_COLORS[i % WINNER_COLORS.length] as string),
      ),
      ...others.map((other) => otherColors[other] as string),
    ],
  };
}

/** Each winner's label and their colour of the site (`colours`, by candidate id), for the candidates it knows. */
export function winnerColours(
  units: readonly { tally: { winner: { candidateId: string; candidate: string } | null } }[],
  names: ReadonlyMap<string, string>,
  colours: ReadonlyMap<string, string>,
): Map<string, string> {
  const byLabel = new Map<string, string>();
  for (const { tally } of units) {
    const winner = tally.winner;
    const colour = winner && colours.get(winner.candidateId);
    if (winner && colour) byLabel.set(names.get(winner.candidateId) ?? winner.candidate, colour);
  }
  return byLabel;
}

const percent = (share: number | null) => (share === null ? '' : `${(share * 100).toFixed(1)}%`);

/**
 * The county map of a contest, drawn at build time to static SVG with Observable Plot's geo mark over the Census
 * Bureau's county shapes (us-atlas): each county filled with its winner's colour, lighter as the winner's share is
 * smaller, a county with no unit of the source in light grey. Each county's path carries `data-fips`,
 * `data-winner` (a candidate id, or empty) and `data-label` (what its colour stands for), so a reader's browser,
 * and a test, can tell what is shaded. Null for a state us-atlas does not draw.
 */
export function countyMap(
  stateCode: string,
  results: CountyResults,
  title: string,
  names: ReadonlyMap<string, string> = new Map(),
  width = MAP_WIDTH,
  colours: ReadonlyMap<string, string> = new Map(),
): string | null {
  const stateFips = STATE_FIPS_CODES[stateCode.toUpperCase()];
  const state = stateShapes().find((shape) => shape.id === stateFips);
  if (!stateFips || !state) return null;
  const counties = countyShapes().filter((shape) => shape.id.startsWith(stateFips));
  const byFips = new Map(results.counties.map((county) => [county.fips, county]));
  const label = (shape: Shape) => countyLabel(byFips.get(shape.id), names);
  const colors = mapColors(
    counties.map(label),
    OTHER_COLORS,
    winnerColours(results.counties, names, colours),
  );
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    document: document as unknown as Document,
    className: 'tally-map-county',
    ariaLabel: `County map of the ${title}`,
    ariaDescription: `Winner of each county of ${state.properties.name}, shaded by the winner's share.`,
    width,
    projection: { type: 'mercator', domain: state },
    color: { type: 'ordinal', ...colors, legend: true, label: 'Winner' },
    marks: [
      Plot.geo(counties, {
        fill: label,
        // The opacity itself, not a scale (Plot's opacity legend needs a canvas): the component draws the swatches.
        fillOpacity: (shape: Shape) => {
          const share = byFips.get(shape.id)?.share;
          return share === null || share === undefined ? 1 : shareOpacity(share);
        },
        stroke: 'white',
        strokeWidth: 0.5,
        title: (shape: Shape) => {
          const county = byFips.get(shape.id);
          const name = county?.name ?? shape.properties.name;
          return county?.tally.winner
            ? `${name}: ${label(shape)}, ${percent(county.share)}`
            : `${name}: ${label(shape)}`;
        },
      }),
      Plot.geo(state, { stroke: 'currentColor', strokeWidth: 1 }),
    ],
  });
  // Plot draws one path per county, in the data's order: each says which county it is and what it shows.
  const paths = [...chart.querySelectorAll('g[aria-label="geo"] path')].slice(0, counties.length);
  paths.forEach((path, i) => {
    const shape = counties[i] as Shape;
    const county = byFips.get(shape.id);
    path.setAttribute('data-fips', shape.id);
    path.setAttribute('data-winner', county?.tally.winner?.candidateId ?? '');
    path.setAttribute('data-label', label(shape));
  });
  if (chart.tagName.toLowerCase() === 'figure') chart.setAttribute('style', 'max-width:100%');
  return chart.outerHTML;
}
