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

  /** Every item whose names match the query terms (within the walk's bound), with its best score. */
  function scores(query: readonly string[]): Map<number, Score> {
    const best = new Map<number, Score>();
    const first = query[0];
    if (first === undefined) return best;
    const end = Math.min(entries.length, lowerBound(entries, first) + MAX_SCANNED_ENTRIES);
    for (let i = lowerBound(entries, first); i < end; i++) {
      const entry = entries[i] as Entry;
      if (!entry.key.startsWith(first)) break;
      if (entry.terms.length < query.length) continue;
      if (!query.every((term, j) => (entry.terms[j] as string).startsWith(term))) continue;
      const whole = entry.start === 0 && entry.length === query.length ? 0 : 1;
      const score: Score = [whole, entry.start, entry.length];
      const previous = best.get(entry.entity);
      if (!previous || compareScores(score, previous) < 0) best.set(entry.entity, score);
    }
    return best;
  }

  return {
    /** The best `limit` items for the query terms, best first: whole name, then name start, then shortest. */
    find(query: readonly string[], limit: number): T[] {
      if (limit <= 0) return [];
      return [...scores(query)]
        .sort(([a, sa], [b, sb]) => compareScores(sa, sb) || a - b)
        .slice(0, limit)
        .map(([entity]) => (searchables[entity] as Searchable<T>).item);
    },
    /** Every matching item's position in the list the index was built from, with its score (lower is better). */
    scores,
  };
}

/** How well a name matched: a whole name (0) or not (1), the term it matched from, how many terms it has. */
export type Score = readonly [whole: number, start: number, length: number];

/**
 * The query's terms split in two, each way: the first `k` terms and the rest, for k from 1 to n-1 (a query of one
 * term has no split). A query naming a contest and a candidate (`michigan kerry`, `kerry michigan`) is one of them.
 */
export function splits(terms: readonly string[]): [readonly string[], readonly string[]][] {
  const out: [readonly string[], readonly string[]][] = [];
  for (let k = 1; k < terms.length; k++) out.push([terms.slice(0, k), terms.slice(k)]);
  return out;
}

/** A contest and a candidate who ran in it, found together: their positions and the pair's score. */
export type PairMatch = { contest: number; candidate: number; score: Score };

/**
 * The contests and candidates a query names together, one part of its terms naming the contest and the other the
 * candidate, in either order: each pair whose candidate has a result in the contest (`hasResult`), scored by
 * the sum of its two names' scores (the best split for the pair), best first, then by contest, then candidate.
 */
export function pairMatches(
  terms: readonly string[],
  contestScores: (query: readonly string[]) => Map<number, Score>,
  candidateScores: (query: readonly string[]) => Map<number, Score>,
  candidatesOf: (contest: number) => readonly number[],
  limit: number,
): PairMatch[] {
  if (limit <= 0) return [];
  const best = new Map<string, PairMatch>();
  for (const [a, b] of splits(terms)) {
    for (const [contestTerms, candidateTerms] of [
      [a, b],
      [b, a],
    ] as const) {
      const candidates = candidateScores(candidateTerms);
      if (candidates.size === 0) continue;
      for (const [contest, cs] of contestScores(contestTerms)) {
        for (const candidate of candidatesOf(contest)) {
          const ps = candidates.get(candidate);
          if (ps === undefined) continue;
          const score: Score = [cs[0] + ps[0], cs[1] + ps[1], cs[2] + ps[2]];
          const key = `${contest} ${candidate}`;
          const previous = best.get(key);
          if (!previous || compareScores(score, previous.score) < 0)
            best.set(key, { contest, candidate, score });
        }
      }
    }
  }
  return [...best.values()]
    .sort((x, y) => compareScores(x.score, y.score) || x.contest - y.contest || x.candidate - y.candidate)
    .slice(0, limit);
}

export function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
