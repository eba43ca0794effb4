import { searchKey, type Unit } from '@tally/core';
import type { UnitFilter } from './data-store.js';

/**
 * Whether a unit's folded name starts with the folded query, whole words only: `st louis` is `ST LOUIS` and
 * `St. Louis City`, `precinct 1` is `Precinct 1` but not `Precinct 10`. The D1 store's range on `name_key` is the
 * same rule: the key itself, or the key followed by a space.
 */
export function nameMatches(unitName: string, query: string): boolean {
  const key = searchKey(unitName);
  const wanted = searchKey(query);
  return key === wanted || key.startsWith(`${wanted} `);
}

/** The units a filter selects, in their order. */
export function selectUnits(units: readonly Unit[], filter: UnitFilter): Unit[] {
  return units.filter(
    (unit) =>
      (filter.type === undefined || unit.type === filter.type) &&
      (filter.name === undefined || nameMatches(unit.name, filter.name)),
  );
}
