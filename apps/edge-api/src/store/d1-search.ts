import { MAX_SCANNED_ENTRIES } from './search-index.js';

export type SearchKind = 'contest' | 'candidate';

const TABLE: Record<SearchKind, string> = { contest: 'contests', candidate: 'candidates' };

/**
 * The least string above every string that starts with `prefix`, in SQLite's order (code points, as UTF-8
 * bytes compare): `prefix` with its last code point raised by one. Search terms are letters and digits, so
 * the last code point is never the highest there is.
 */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop()?.codePointAt(0);
  if (last === undefined || last >= 0x10ffff)
    throw new RangeError(`no prefix range above ${JSON.stringify(prefix)}`);
  // Past the last code point before the surrogates comes the first one after them.
  return points.join('') + String.fromCodePoint(last === 0xd7ff ? 0xe000 : last + 1);
}

/**
 * One query answering what the memory store's search index does for one kind: the first
 * MAX_SCANNED_ENTRIES keys from the first term on (by key, then start, then entity), those whose terms
 * start with the query's terms, in order (each later term checked against the key's next term, cut at its
 * space), each entity's best (whole name, then name start, then fewest terms), best first, then in entity
 * order; the entity's summary, ready to send.
 */
export function searchStatement(
  db: D1Database,
  kind: SearchKind,
  terms: readonly string[],
  limit: number,
): D1PreparedStatement {
  const [first = '', ...later] = terms;
  const steps = later.map(
    (_, j) =>
      `, m${j + 1} AS (SELECT entity, start, length, rest FROM (SELECT entity, start, length, ` +
      `substr(rest, instr(rest, ' ') + 1) AS rest FROM m${j} WHERE instr(rest, ' ') > 0) ` +
      'WHERE rest >= ? AND rest < ?)',
  );
  return db
    .prepare(
      'WITH m0 AS (SELECT entity, start, length, key AS rest FROM search_keys ' +
        'WHERE kind = ? AND key >= ? AND key < ? ORDER BY key, start, entity LIMIT ?)' +
        steps.join('') +
        `, scored AS (SELECT entity, CASE WHEN start = 0 AND length = ? THEN 0 ELSE 1 END AS whole, start, length FROM m${later.length})` +
        ', best AS (SELECT entity, whole, start, length, ' +
        'ROW_NUMBER() OVER (PARTITION BY entity ORDER BY whole, start, length) AS n FROM scored) ' +
        `SELECT t.summary AS summary FROM best JOIN ${TABLE[kind]} t ON t.pos = best.entity ` +
        'WHERE best.n = 1 ORDER BY best.whole, best.start, best.length, best.entity LIMIT ?',
    )
    .bind(
      kind,
      first,
      prefixEnd(first),
      MAX_SCANNED_ENTRIES,
      ...later.flatMap((term) => [term, prefixEnd(term)]),
      terms.length,
      limit,
    );
}
