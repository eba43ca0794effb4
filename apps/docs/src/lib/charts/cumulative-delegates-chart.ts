import * as Plot from '@observablehq/plot';
import type { CrossTally, RaceFigure } from '@tally/core';
import { renderPlot, WIDE } from './render-plot.js';

export interface CumulativeRow {
  date: Date;
  candidate: string;
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
      return [{ date: new Date(`${point.date}T00:00:00Z`), candidate, delegates: entry.delegates }];
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
 * Delegates won so far in one race, by date, one step line per candidate (flat until their total changes;
 * named by the legend), and a dashed line at the number needed to win where a source cites it, as static
 * SVG; null without delegates. One race only: a race's series never holds another race's contests.
 */
export function cumulativeDelegatesChart(race: CumulativeRace, width = WIDE): string | null {
  const rows = cumulativeRows(race);
  if (rows.length === 0) return null;
  const toWin = race.delegatesToWin?.value;
  const needed =
    toWin === undefined
      ? []
      : [
          Plot.ruleY([toWin], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.7 }),
          Plot.text([toWin], {
            y: (d: number) => d,
            text: (d: number) => `${d.toLocaleString('en-US')} needed to win`,
            frameAnchor: 'left',
            textAnchor: 'start',
            dy: -7,
            className: 'tally-needed-to-win',
          }),
        ];
  return renderPlot({
    className: 'tally-chart-cumulative',
    ariaLabel: 'Delegates won so far, by contest date',
    width,
    height: 300,
    x: { type: 'utc', label: 'Contest date', inset: 16 },
    y: { label: 'Delegates (cumulative)', grid: true },
    color: { legend: true },
    marks: [
      Plot.line(rows, {
        x: 'date',
        y: 'delegates',
        stroke: 'candidate',
        curve: 'step-after',
        marker: 'circle',
      }),
      Plot.ruleY([0]),
      ...needed,
    ],
  });
}
