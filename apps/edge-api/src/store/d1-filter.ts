import type { ContestFilter } from '@tally/core';
import { searchKey } from '@tally/core';

/** A WHERE clause over the `contests` table and the values it binds, in order. */
export type SqlFilter = { where: string; params: (string | number)[] };

/**
 * The filter as SQL over the columns the data build folds (`*_key`, with the same `searchKey` the memory
 * store's index uses): only the fields given, so each query can use the index of its most selective column.
 * A date bound leaves undated contests out, as NULL compares to nothing.
 */
export function contestWhere(filter: ContestFilter): SqlFilter {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  if (filter.race !== undefined) {
    terms.push('race_id = ?');
    params.push(filter.race);
  }
  if (filter.year !== undefined) {
    terms.push('year = ?');
    params.push(filter.year);
  }
  if (filter.state !== undefined) {
    const key = searchKey(filter.state);
    terms.push('(state_code_key = ? OR state_key = ?)');
    params.push(key, key);
  }
  if (filter.party !== undefined) {
    terms.push('party_key = ?');
    params.push(searchKey(filter.party));
  }
  if (filter.type !== undefined) {
    terms.push('type = ?');
    params.push(filter.type);
  }
  if (filter.from !== undefined) {
    terms.push('date >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    terms.push('date <= ?');
    params.push(filter.to);
  }
  return { where: terms.length > 0 ? ` WHERE ${terms.join(' AND ')}` : '', params };
}
