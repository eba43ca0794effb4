import { COUNTY_TABLE, STATE_FIPS_CODES } from './county-table.js';
import { placeKey } from './place-key.js';

export interface County {
  fips: string;
  name: string;
  /**
   * An independent city (county codes 510 and up: Virginia's cities, Baltimore, St. Louis, Carson City), which
   * may share its name with a county. Texas numbers its counties up to 507, all counties.
   */
  city: boolean;
  /** The name folded for matching (`placeKey`). */
  key: string;
}

const cache = new Map<string, County[]>();

/** The counties and county equivalents of a state (USPS code), from the Census Bureau's table. */
export function countiesOf(stateCode: string): readonly County[] {
  const code = stateCode.toUpperCase();
  let list = cache.get(code);
  if (!list) {
    const state = STATE_FIPS_CODES[code];
    const table = COUNTY_TABLE[code];
    list =
      state && table
        ? table.split('|').map((entry) => ({
            fips: state + entry.slice(0, 3),
            name: entry.slice(4),
            city: Number(entry.slice(0, 3)) >= 510,
            key: placeKey(entry.slice(4)),
          }))
        : [];
    cache.set(code, list);
  }
  return list;
}

/** What a state calls its county equivalents. */
export function countyTerm(stateCode: string): 'county' | 'parish' | 'borough' {
  const code = stateCode.toUpperCase();
  return code === 'LA' ? 'parish' : code === 'AK' ? 'borough' : 'county';
}

const COUNTY_SUFFIXES = [' county', ' parish', ' borough', ' census area', ' municipality'];

/** The name without a suffix from the list, or null when it has none. */
function withoutSuffix(name: string, suffixes: readonly string[]): string | null {
  const lower = name.toLowerCase();
  const suffix = suffixes.find((s) => lower.endsWith(s) && lower.length > s.length);
  return suffix === undefined ? null : name.slice(0, name.length - suffix.length).trim();
}

/**
 * The county equivalents a unit's name may stand for: every one of that name (a county and an
 * independent city can share one), narrowed by a `County` or `City` suffix when the name carries one.
 */
export function countiesNamed(stateCode: string, name: string): County[] {
  const counties = countiesOf(stateCode);
  const trimmed = name.trim();
  const key = placeKey(trimmed);
  const exact = counties.filter((c) => c.key === key);
  const asCounty = withoutSuffix(trimmed, COUNTY_SUFFIXES);
  const asCity = withoutSuffix(trimmed, [' city']);
  // A name such as `Carson City` or `Charles City` is the place's whole name, not a suffix.
  if (exact.length > 0 && asCity === null && asCounty === null) return exact;
  if (exact.length > 0 && exact.some((c) => c.city === (asCity !== null))) return exact;
  if (asCounty !== null) {
    const countyKey = placeKey(asCounty);
    return counties.filter((c) => !c.city && c.key === countyKey);
  }
  if (asCity !== null) {
    const cityKey = placeKey(asCity);
    const cities = counties.filter((c) => c.city && c.key === cityKey);
    if (cities.length > 0) return cities;
  }
  return exact;
}

/** The state's only county equivalent, for a state of one (the District of Columbia); else null. */
export function soleCounty(stateCode: string): County | null {
  const counties = countiesOf(stateCode);
  return counties.length === 1 ? (counties[0] as County) : null;
}
