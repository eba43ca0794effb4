import { searchTerms } from '@tally/core';

/** Something to find, and the names it may be found by. */
export type Searchable<T> = { item: T; aliases: readonly string[] };

type Entry = {
  /** The alias's terms from `start` on, joined by spaces: what the sorted array is ordered by. */
  key: string;
  terms: string[];
  entity: number;
  /** Which term of the alias the entry starts at: matches at the start of a name rank first. */
  start: number;
  /** How many terms the alias has: a whole-name match ranks before a partial one. */
  length: number;
};

/** How many entries one query may examine: a one-letter query stays cheap on a large corpus. */
export const MAX_SCANNED_ENTRIES = 2000;

/** The first entry whose key is not below `prefix`. */
function lowerBound(entries: readonly Entry[], prefix: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as Entry).key < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A prefix index over names: every query term must begin the matching term of a name, in order,
 * starting at any term (`kerry` finds John Kerry, `n dakota` finds North Dakota). Built once; a query
 * is a binary search for its first term plus a bounded walk over the keys that start with it.
 */
export function buildSearchIndex<T>(searchables: readonly Searchable<T>[]) {
  const entries: Entry[] = [];
  searchables.forEach(({ aliases }, entity) => {
    const seen = new Set<string>();
    for (const alias of aliases) {
      const terms = searchTerms(alias);
      for (let start = 0; start < terms.length; start++) {
        const rest = terms.slice(start);
        const key = rest.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        entries.push({ key, terms: rest, entity, start, length: terms.length });
      }
    }
  });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.start - b.start));

  return {
    /** The best `limit` items for the query terms, best first: whole name, then name start, then shortest. */
    find(query: readonly string[], limit: number): T[] {
      const first = query[0];
      if (first === undefined || limit <= 0) return [];
      const best = new Map<number, [number, number, number]>();
      const end = Math.min(entries.length, lowerBound(entries, first) + MAX_SCANNED_ENTRIES);
      for (let i = lowerBound(entries, first); i < end; i++) {
        const entry = entries[i] as Entry;
        if (!entry.key.startsWith(first)) break;
        if (entry.terms.length < query.length) continue;
        if (!query.every((term, j) => (entry.terms[j] as string).startsWith(term))) continue;
        const whole = entry.start === 0 && entry.length === query.length ? 0 : 1;
        const score: [number, number, number] = [whole, entry.start, entry.length];
        const previous = best.get(entry.entity);
        if (!previous || compareScores(score, previous) < 0) best.set(entry.entity, score);
      }
      return [...best]
        .sort(([a, sa], [b, sb]) => compareScores(sa, sb) || a - b)
        .slice(0, limit)
        .map(([entity]) => (searchables[entity] as Searchable<T>).item);
    },
  };
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
