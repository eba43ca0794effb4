import type { SourceKind } from '@tally/core';
import type { Attribution } from './provenance.js';

export type QueryValues = Record<string, string | number | undefined>;

/**
 * `path` with its query in one canonical form: keys sorted, absent values left out, values
 * percent-encoded. Two requests that mean the same thing get the same string (and cache entry).
 */
export function canonicalUrl(path: string, query: QueryValues): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The links of one page of a list, path-absolute so they hold behind any host. */
export function pageLinks(path: string, query: QueryValues, offset: number, limit: number, total: number) {
  const at = (o: number) => canonicalUrl(path, { ...query, limit, cursor: o > 0 ? o : undefined });
  return {
    self: at(offset),
    first: at(0),
    prev: offset > 0 ? at(Math.max(0, offset - limit)) : null,
    next: offset + limit < total ? at(offset + limit) : null,
  };
}

/** What every answer says about itself: the data version it was built from and the credit. */
export type Meta = { dataVersion: string; attribution: Attribution };

/** The meta of an answer whose figures come from sources of these kinds (all the package's when not given). */
export type MetaFor = (kinds?: Iterable<SourceKind>) => Meta;

/** The one envelope of a single resource: `{ data, links, meta }`. */
export function resourceBody<T, L extends { self: string }>(data: T, links: L, meta: Meta) {
  return { data, links, meta };
}

/** The one envelope of a page of a list: the items in `data`, where the page stands in `meta.page`. */
export function listBody<T>(
  path: string,
  query: QueryValues,
  offset: number,
  limit: number,
  page: { items: T[]; total: number },
  meta: Meta,
) {
  const next = offset + limit < page.total ? String(offset + limit) : null;
  return {
    data: page.items,
    links: pageLinks(path, query, offset, limit, page.total),
    meta: { ...meta, page: { limit, total: page.total, nextCursor: next } },
  };
}
