import * as Plot from '@observablehq/plot';
import type { CrossTally, RaceFigure } from '@tally/core';
import { colourOf } from '../colours.js';
import { niceTop, renderPlot, WIDE } from './render-plot.js';

export interface CumulativeRow {
  date: Date;
  candidate: string;
  candidateId: string;
  delegates: number;
}

/**
 * Running delegate totals of the candidates who won any: a row at each date whose point lists them (a
 * point lists only the candidates whose totals changed that day), and one at the last date carrying their
 * total forward when that point leaves them out, so each line runs to the end.
 */
export function cumulativeRows(tally: Pick<CrossTally, 'candidates' | 'series'>): CumulativeRow[] {
  const names = new Map(
    tally.candidates.filter((c) => c.delegates > 0).map((c) => [c.candidateId, c.candidate]),
  );
  const latest = new Map<string, number>();
  const rows = tally.series.flatMap((point) =>
    point.candidates.flatMap((entry) => {
      const candidate = names.get(entry.candidateId);
      if (candidate === undefined) return [];
      latest.set(entry.candidateId, entry.delegates);
      return [
        {
          date: new Date(`${point.date}T00:00:00Z`),
          candidate,
          candidateId: entry.candidateId,
          delegates: entry.delegates,
        },
      ];
    }),
  );
  const last = tally.series.at(-1);
  if (last === undefined) return rows;
  const listedLast = new Set(last.candidates.map((entry) => entry.candidateId));
  const carried = [...latest].flatMap(([candidateId, delegates]) =>
    listedLast.has(candidateId)
      ? []
      : [
          {
            date: new Date(`${last.date}T00:00:00Z`),
            candidate: names.get(candidateId) ?? candidateId,
            candidateId,
            delegates,
          },
        ],
  );
  return [...rows, ...carried];
}

/** What the chart draws: one race's standings and running totals, and its number to win where cited. */
export type CumulativeRace = Pick<CrossTally, 'candidates' | 'series'> & {
  delegatesToWin?: RaceFigure | null;
};

/**
 * Delegates won so far in one race, by date, one step line per candidate in the candidate's colour (flat until
 * their total changes; named by the legend). The axis is fitted to the totals; the number needed to win, where a
 * source cites it, is a dashed line when it is near them, else a note at the top that it lies above the chart, so
 * the lines are not squeezed against the bottom of an axis drawn to it. Static SVG; null without delegates. One
 * race only: a race's series never holds another race's contests.
 */
export function cumulativeDelegatesChart(
  race: CumulativeRace,
  colours: ReadonlyMap<string, string>,
  width = WIDE,
): string | null {
  const rows = cumulativeRows(race);
  if (rows.length === 0) return null;
  const toWin = race.delegatesToWin?.value;
  const most = Math.max(...rows.map((row) => row.delegates));
  const drawsLine = toWin !== undefined && toWin <= most * 1.5;
  const top = niceTop(drawsLine ? toWin : most);
  const needed =
    toWin === undefined
      ? []
      : drawsLine
        ? [
            Plot.ruleY([toWin], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.7 }),
            Plot.text([toWin], {
              y: (d: number) => d,
              text: (d: number) => `${d.toLocaleString('en-US')} needed to win`,
              frameAnchor: 'left',
              textAnchor: 'start',
              dy: -8,
              className: 'tally-needed-to-win',
            }),
          ]
        : [
            Plot.text([toWin], {
              text: (d: number) => `${d.toLocaleString('en-US')} needed to win (above this scale)`,
              frameAnchor: 'top-left',
              textAnchor: 'start',
              dy: 4,
              dx: 4,
              className: 'tally-needed-to-win',
            }),
          ];
  const ids = [...new Set(rows.map((row) => row.candidateId))];
  const names = new Map(rows.map((row) => [row.candidateId, row.candidate]));
  return renderPlot({
    className: 'tally-chart-cumulative',
    ariaLabel: 'Delegates won so far, by contest date',
    width,
    height: 320,
    marginLeft: 48,
    marginBottom: 44,
    x: { type: 'utc', label: 'Contest date', inset: 16, ticks: width <= 400 ? 3 : 6 },
    y: { label: 'Delegates (cumulative)', grid: true, domain: [0, top] },
    color: {
      legend: true,
      domain: ids,
      range: ids.map((id) => colourOf(colours, id)),
      tickFormat: (id: string) => names.get(id) ?? id,
    },
    marks: [
      Plot.line(rows, {
        x: 'date',
        y: 'delegates',
        stroke: 'candidateId',
        strokeWidth: 2,
        curve: 'step-after',
        marker: 'circle',
      }),
      Plot.ruleY([0]),
      ...needed,
    ],
  });
}
