import type { ContestSummary, Unit, UnitResult } from '@tally/core';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  countyLabel,
  countyMap,
  mapColors,
  NO_UNIT,
  OTHER_COLORS,
  shareOpacity,
  TIED,
  winnerColours,
} from './county-map.js';
import { countyResults } from './county-results.js';
import { stateLabel, stateMap } from './state-map.js';
import { stateResults } from './state-results.js';

const result = (
  candidateId: string,
  votes: number | null,
  kind: UnitResult['kind'] = 'candidate',
): UnitResult => ({
  candidate: candidateId.replace('-', ' '),
  candidateId,
  kind,
  votes,
  lines: [2],
});
const unit = (
  id: string,
  fips: string | null,
  results: UnitResult[],
  type: Unit['type'] = 'county',
): Unit => ({
  id,
  type,
  name: id,
  parent: null,
  fips,
  rolledUp: false,
  results,
  nonVotes: [],
  stated: { results: [], total: null },
  lines: [2],
  note: fips === null ? 'A town: the county table has no such units.' : null,
});

describe('countyResults', () => {
  const units = [
    unit('ward-1', '11001', [result('ann-able', 10), result('bo-baker', 30)], 'ward'),
    unit('ward-2', '11001', [result('ann-able', 25), result('bo-baker', 1)], 'ward'),
    unit('town-x', null, [result('ann-able', 3)], 'town'),
  ];

  it('adds up the units of one county and tallies them: the wards of the District are one county', () => {
    const results = countyResults('DC', units);
    expect(
      results.counties.map((c) => [
        c.fips,
        c.units.map((u) => u.id),
        c.tally.votes,
        c.tally.winner?.candidateId,
      ]),
    ).toEqual([['11001', ['ward-1', 'ward-2'], 66, 'ann-able']]);
    expect(results.counties[0]?.share).toBeCloseTo(35 / 66, 12);
    expect(results.missing).toEqual([]);
  });

  it('lists a unit it cannot place, with the reason, rather than dropping it', () => {
    expect(countyResults('DC', units).unplaced).toEqual([
      { id: 'town-x', name: 'town-x', type: 'town', note: 'A town: the county table has no such units.' },
    ]);
  });

  it('names the counties no unit lies in', () => {
    const results = countyResults('DE', [unit('county-kent', '10001', [result('ann-able', 1)])]);
    expect(results.missing.map((c) => c.name)).toEqual(['New Castle', 'Sussex']);
  });
});

describe('countyMap', () => {
  const results = countyResults('DE', [
    unit('county-kent', '10001', [result('ann-able', 60), result('bo-baker', 40)]),
    unit('county-sussex', '10005', [result('ann-able', 5), result('bo-baker', 5)]),
  ]);
  const svg = countyMap('DE', results, 'test contest', new Map([['ann-able', 'Ann Able']])) ?? '';
  const { document } = parseHTML(`<div>${svg}</div>`);
  const paths = [...document.querySelectorAll('svg.tally-map-county path[data-fips]')].sort((a, b) =>
    (a.getAttribute('data-fips') ?? '') < (b.getAttribute('data-fips') ?? '') ? -1 : 1,
  );

  it('draws every county of the state, each saying which it is, who won it and what its colour stands for', () => {
    expect(
      paths.map((p) => [
        p.getAttribute('data-fips'),
        p.getAttribute('data-winner'),
        p.getAttribute('data-label'),
      ]),
    ).toEqual([
      ['10001', 'ann-able', 'Ann Able'],
      ['10003', '', NO_UNIT],
      ['10005', '', TIED],
    ]);
  });

  it('fills a county with its winner’s colour, at the opacity of the winner’s share, and names it', () => {
    const kent = paths[0];
    expect(Number(kent?.getAttribute('fill-opacity'))).toBeCloseTo(shareOpacity(0.6), 6);
    expect(kent?.querySelector('title')?.textContent).toBe('Kent: Ann Able, 60.0%');
    const fills = new Set(paths.map((p) => p.getAttribute('fill')));
    expect(fills.size).toBe(3);
    // The legend names each colour.
    expect(svg).toContain('Ann Able');
    expect(svg).toContain(NO_UNIT);
  });

  it('gives nothing for a state the shapes do not have', () => {
    expect(countyMap('ZZ', results, 'x')).toBeNull();
  });

  it('orders the legend by counties won, the greys last, one colour each', () => {
    const colors = mapColors(['B', 'A', 'A', NO_UNIT, TIED]);
    expect(colors.domain).toEqual(['A', 'B', TIED, NO_UNIT]);
    expect(new Set(colors.range).size).toBe(4);
    expect(countyLabel(undefined)).toBe(NO_UNIT);
  });

  it("draws a winner in the site's colour for them, the others from the map's palette", () => {
    const colors = mapColors(['B', 'A', 'A', NO_UNIT], OTHER_COLORS, new Map([['B', '#123456']]));
    expect(colors.range[colors.domain.indexOf('B')]).toBe('#123456');
    expect(colors.range[colors.domain.indexOf('A')]).not.toBe('#123456');
    const units = [
      { tally: { winner: { candidateId: 'b-b', candidate: 'B. B' } } },
      { tally: { winner: null } },
    ];
    expect(winnerColours(units, new Map([['b-b', 'B']]), new Map([['b-b', '#123456']]))).toEqual(
      new Map([['B', '#123456']]),
    );
  });
});

describe('stateResults and stateMap', () => {
  const summary = (id: string, stateCode: string, winner: string | null): ContestSummary =>
    ({
      id,
      title: id,
      stateCode,
      state: stateCode,
      coverage: 'statewide',
      outcome: winner ? 'decided' : 'tied',
      winner: winner ? { candidate: winner, candidateId: winner } : null,
      undetermined: null,
    }) as ContestSummary;

  it('gives each state the winner its contests agree on; split or none otherwise', () => {
    const results = stateResults([
      summary('a', 'TX', 'ann'),
      summary('b', 'TX', 'ann'),
      summary('c', 'WA', 'ann'),
      summary('d', 'WA', 'bo'),
      summary('e', 'OR', null),
    ]);
    expect(results.map((s) => [s.stateCode, s.winner?.candidateId ?? null, s.label])).toEqual([
      ['OR', null, 'no winner'],
      ['TX', 'ann', 'won'],
      ['WA', null, 'split'],
    ]);
    expect(stateLabel(results[2])).toBe('Contests split');
    const { document } = parseHTML(`<div>${stateMap(results, 'test race')}</div>`);
    const shaded = [...document.querySelectorAll('svg.tally-map-state path[data-state]')]
      .filter((p) => p.getAttribute('data-label') !== 'No contest read')
      .sort((a, b) => ((a.getAttribute('data-state') ?? '') < (b.getAttribute('data-state') ?? '') ? -1 : 1));
    expect(shaded.map((p) => [p.getAttribute('data-state'), p.getAttribute('data-winner')])).toEqual([
      ['OR', ''],
      ['TX', 'ann'],
      ['WA', ''],
    ]);
  });
});
