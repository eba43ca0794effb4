import { encodeCursor } from './cursor.js';

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
  const at = (o: number) =>
    canonicalUrl(path, { ...query, limit, cursor: o > 0 ? encodeCursor(o) : undefined });
  return {
    self: at(offset),
    first: at(0),
    prev: offset > 0 ? at(Math.max(0, offset - limit)) : null,
    next: offset + limit < total ? at(offset + limit) : null,
  };
}

/** The body of one page of a list: its items, where it stands, its links and the credit line. */
export function listBody<T, A>(
  path: string,
  query: QueryValues,
  offset: number,
  limit: number,
  page: { items: T[]; total: number },
  attribution: A,
) {
  const next = offset + limit < page.total ? encodeCursor(offset + limit) : null;
  return {
    data: page.items,
    page: { limit, total: page.total, nextCursor: next },
    links: pageLinks(path, query, offset, limit, page.total),
    attribution,
  };
}
