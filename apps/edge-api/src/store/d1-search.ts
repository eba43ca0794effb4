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

/**
 * The CTEs naming `name`: every entity of `kind` whose names match `terms` (as `searchStatement` matches them),
 * each with its best score `(whole, start, length)`; and the values they bind, in order.
 */
function matchCtes(
  name: string,
  kind: SearchKind,
  terms: readonly string[],
): { sql: string; binds: unknown[] } {
  const [first = '', ...later] = terms;
  const steps = later.map(
    (_, j) =>
      `, ${name}${j + 1} AS (SELECT entity, start, length, rest FROM (SELECT entity, start, length, ` +
      `substr(rest, instr(rest, ' ') + 1) AS rest FROM ${name}${j} WHERE instr(rest, ' ') > 0) ` +
      'WHERE rest >= ? AND rest < ?)',
  );
  return {
    sql:
      `${name}0 AS (SELECT entity, start, length, key AS rest FROM search_keys ` +
      'WHERE kind = ? AND key >= ? AND key < ? ORDER BY key, start, entity LIMIT ?)' +
      steps.join('') +
      `, ${name} AS (SELECT entity, whole, start, length FROM (SELECT entity, whole, start, length, ` +
      'ROW_NUMBER() OVER (PARTITION BY entity ORDER BY whole, start, length) AS n FROM (SELECT entity, ' +
      `CASE WHEN start = 0 AND length = ? THEN 0 ELSE 1 END AS whole, start, length FROM ${name}${later.length})) ` +
      'WHERE n = 1)',
    binds: [
      kind,
      first,
      prefixEnd(first),
      MAX_SCANNED_ENTRIES,
      ...later.flatMap((term) => [term, prefixEnd(term)]),
      terms.length,
    ],
  };
}

/**
 * One split of a query (its first terms, the rest), both ways round: the best `limit` pairs of a contest one
 * part names and a candidate the other part names who has a result in it, by the sum of the two names' scores
 * (whole, start, length), then contest, then candidate; with the contest's summary, the candidate's and the
 * result, ready to send. What the memory store's `pairMatches` gives for that split; the store merges the splits.
 */
export function pairStatement(
  db: D1Database,
  head: readonly string[],
  tail: readonly string[],
  limit: number,
): D1PreparedStatement {
  const ctes = [
    matchCtes('ca', 'contest', head),
    matchCtes('pa', 'candidate', tail),
    matchCtes('cb', 'contest', tail),
    matchCtes('pb', 'candidate', head),
  ];
  const pairs = (c: string, p: string) =>
    `SELECT ${c}.entity AS ce, ${p}.entity AS pe, ${c}.whole + ${p}.whole AS w, ${c}.start + ${p}.start AS st, ` +
    `${c}.length + ${p}.length AS len FROM ${c} JOIN candidate_results r ON r.contest_pos = ${c}.entity ` +
    `JOIN ${p} ON ${p}.entity = r.candidate_pos`;
  return db
    .prepare(
      `WITH ${ctes.map((cte) => cte.sql).join(', ')}, ` +
        `pairs AS (${pairs('ca', 'pa')} UNION ALL ${pairs('cb', 'pb')}), ` +
        'best AS (SELECT ce, pe, w, st, len, ROW_NUMBER() OVER (PARTITION BY ce, pe ORDER BY w, st, len) AS n FROM pairs) ' +
        'SELECT best.ce AS ce, best.pe AS pe, best.w AS w, best.st AS st, best.len AS len, t.summary AS contest, ' +
        'k.summary AS candidate, r.result AS result FROM best JOIN contests t ON t.pos = best.ce ' +
        'JOIN candidates k ON k.pos = best.pe ' +
        'JOIN candidate_results r ON r.candidate_pos = best.pe AND r.contest_pos = best.ce ' +
        'WHERE best.n = 1 ORDER BY best.w, best.st, best.len, best.ce, best.pe LIMIT ?',
    )
    .bind(...ctes.flatMap((cte) => cte.binds), limit);
}
