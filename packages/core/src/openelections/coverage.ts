import type { Coverage } from '../schema/unit.js';
import { countiesOf } from './counties.js';

/**
 * Which part of the state a contest's units cover: every county of the state (statewide), some of them
 * (partial: the counties named), or, for units the county table cannot place (towns), unknown.
 */
export function coverageOf(stateCode: string, covered: ReadonlySet<string>, placeable: boolean): Coverage {
  const counties = countiesOf(stateCode);
  if (!placeable || counties.length === 0) {
    return {
      scope: 'unknown',
      counties: [],
      missing: [],
      note: 'The units are not counties (towns or wards the county table cannot place): whether they cover the whole state is not checked.',
    };
  }
  const inState = counties.filter((c) => covered.has(c.fips));
  const missing = counties.filter((c) => !covered.has(c.fips));
  const names = (list: typeof counties) => list.map((c) => c.name).join(', ');
  if (missing.length === 0) {
    return {
      scope: 'statewide',
      counties: inState.map((c) => c.fips),
      missing: [],
      note: `Units in all ${counties.length} county equivalents of the state.`,
    };
  }
  return {
    scope: 'partial',
    counties: inState.map((c) => c.fips),
    missing: missing.map((c) => c.fips),
    note:
      inState.length <= 5
        ? `Only ${names(inState)} (${inState.length} of ${counties.length} county equivalents): not a statewide result.`
        : `${inState.length} of ${counties.length} county equivalents; none for ${missing.length <= 10 ? names(missing) : `${missing.length} of them`}: not a statewide result.`,
  };
}
