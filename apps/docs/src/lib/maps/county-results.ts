import { countiesOf, tallyUnit, type Unit, type UnitResult, type UnitTally } from '@tally/core';

/** One county of the map: the units the source places in it, added up, and who won them. */
export interface CountyResult {
  fips: string;
  /** The Census Bureau's name of the county (or parish, or county equivalent). */
  name: string;
  /** The units placed in it, as the source names them (a county's own name, or its wards). */
  units: { id: string; name: string }[];
  tally: UnitTally;
  /** The winner's share of the county's votes; null without a winner. */
  share: number | null;
}

/** A unit the map cannot place in a county, and why. */
export interface UnplacedUnit {
  id: string;
  name: string;
  type: string;
  note: string;
}

export interface CountyResults {
  counties: CountyResult[];
  unplaced: UnplacedUnit[];
  /** The state's counties no unit of the source is placed in. */
  missing: { fips: string; name: string }[];
}

/** The results of several units as one: each choice's votes added up (null where none has a figure). */
function added(units: readonly Unit[]): UnitResult[] {
  const byId = new Map<string, UnitResult>();
  for (const unit of units) {
    for (const result of unit.results) {
      const known = byId.get(result.candidateId);
      if (!known) byId.set(result.candidateId, { ...result, lines: [] });
      else if (result.votes !== null) known.votes = (known.votes ?? 0) + result.votes;
    }
  }
  return [...byId.values()];
}

/**
 * A contest's units by county, for its map: the units placed in each county (by their FIPS code) added up and
 * tallied (`tallyUnit`: the winner among the real candidates), the units the source cannot place (a town, a
 * name a county and a city share, a unit of no county) listed with the reason, and the counties with no unit.
 * Only the units given are read: pass the coarsest (precincts are inside them).
 */
export function countyResults(stateCode: string, units: readonly Unit[]): CountyResults {
  const placed = new Map<string, Unit[]>();
  const unplaced: UnplacedUnit[] = [];
  for (const unit of units) {
    if (unit.fips === null) {
      unplaced.push({
        id: unit.id,
        name: unit.name,
        type: unit.type,
        note: unit.note ?? 'The source does not say which county it lies in.',
      });
      continue;
    }
    const list = placed.get(unit.fips) ?? [];
    list.push(unit);
    placed.set(unit.fips, list);
  }
  const names = new Map(countiesOf(stateCode).map((county) => [county.fips, county.name]));
  const counties = [...placed].map(([fips, list]): CountyResult => {
    const tally = tallyUnit({ results: added(list) });
    const winner = tally.standings.find((s) => s.candidateId === tally.winner?.candidateId);
    return {
      fips,
      name: names.get(fips) ?? list[0]?.name ?? fips,
      units: list.map((unit) => ({ id: unit.id, name: unit.name })),
      tally,
      share: winner?.share ?? null,
    };
  });
  counties.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const missing = [...names].filter(([fips]) => !placed.has(fips)).map(([fips, name]) => ({ fips, name }));
  return { counties, unplaced, missing };
}
