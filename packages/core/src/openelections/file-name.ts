import { STATE_NAMES } from '../parse/states.js';
import type { ContestType } from '../schema/contest.js';

/** What an OpenElections file name says: `20040203__az__primary__president.csv`. */
export interface FileFacts {
  date: string;
  year: number;
  stateCode: string;
  type: ContestType;
  /** A party the name gives (`__democrat__`), as written. */
  party: string | null;
  /** The name says the file holds the presidential race only (`__president__`). */
  president: boolean;
}

/** The base name of a path, without folders. */
function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

function isIsoDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads the OpenElections naming convention `YYYYMMDD__st__[party__]{primary|caucus}[__...].csv`;
 * null for a name that does not follow it.
 */
export function readFileName(path: string): FileFacts | null {
  const name = baseName(path).toLowerCase();
  const stem = name.endsWith('.csv') ? name.slice(0, -4) : name;
  const parts = stem.split('__');
  const [day, state, ...rest] = parts;
  if (day === undefined || state === undefined || !/^\d{8}$/.test(day)) return null;
  const stateCode = state.toUpperCase();
  if (!STATE_NAMES.has(stateCode)) return null;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(4, 6));
  const date = Number(day.slice(6, 8));
  if (!isIsoDay(year, month, date)) return null;
  const kindAt = rest.findIndex((part) => part === 'primary' || part === 'caucus' || part === 'caucuses');
  const type: ContestType = kindAt >= 0 && rest[kindAt] !== 'primary' ? 'caucus' : 'primary';
  const party = kindAt > 0 ? rest.slice(0, kindAt).join(' ') : null;
  return {
    date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
    year,
    stateCode,
    type,
    party,
    president: rest.slice(kindAt + 1).includes('president'),
  };
}
