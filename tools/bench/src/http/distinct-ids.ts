/**
 * How many distinct contest ids a "distinct ids" lookup cell cycles through: more than the Worker's
 * replay cache (8 MB of answers, about 800 contests of 10 KB) holds, so cyclic access misses every time.
 */
export const DISTINCT_IDS = 2000;

/** Up to `max` of `items`, evenly spread from the first on (all of them when there are no more). */
export function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)] as T);
}

/** The contest lookups of a distinct-ids cell, one path per id. */
export function distinctLookupPaths(ids: readonly string[]): string[] {
  return ids.map((id) => `/v1/contests/${id}`);
}
