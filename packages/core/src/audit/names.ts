import { foldNfd } from '../parse/fold-accents.js';
import type { ResultRow } from '../schema/contest.js';
import { alphanumericWords } from './ascii.js';

/** Folds a name for comparison: accents and case removed, a (withdrawn) note and punctuation dropped. */
export function foldName(name: string): string {
  const lower = foldNfd(name).toLowerCase();
  // Without a note or an apostrophe, folding only keeps the words: one scan instead of four passes.
  if (!lower.includes('(') && !lower.includes("'") && !lower.includes('’')) return alphanumericWords(lower);
  return lower
    .replace(/\(\s*withdrawn\s*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The last name of a person's name as written (`Carol Moseley Braun` gives `braun`), folded. */
export function surnameOf(name: string): string | null {
  return surnameOfFolded(foldName(name));
}

/** The surname of a name folded by `foldName` (single spaces between its words), read from its end. */
export function surnameOfFolded(folded: string): string | null {
  let words = folded === '' ? 0 : 1;
  for (let at = folded.indexOf(' '); at >= 0; at = folded.indexOf(' ', at + 1)) words++;
  let end = folded.length;
  for (; words > 1; words--) {
    const start = folded.lastIndexOf(' ', end - 1) + 1;
    const word = folded.slice(start, end);
    if (!SUFFIXES.has(word)) return word;
    end = start - 1;
  }
  return null;
}

/**
 * Finds the row a name stands for: by candidate id, then by the folded full name,
 * then by a surname no other row shares.
 */
export function findRow(
  rows: readonly ResultRow[],
  name: string | null,
  candidateId: string | null,
): ResultRow | null {
  if (candidateId !== null) {
    const byId = rows.find((row) => row.candidateId === candidateId);
    if (byId) return byId;
  }
  if (name === null) return null;
  const folded = foldName(name);
  const byName = rows.find((row) => foldName(row.candidate) === folded);
  if (byName) return byName;
  const surname = surnameOf(name);
  if (surname === null) return null;
  const bySurname = rows.filter((row) => surnameOf(row.candidate) === surname);
  return bySurname.length === 1 ? (bySurname[0] ?? null) : null;
}

/** Names a row in messages as the table does, with its withdrawn note. */
export function rowLabel(row: ResultRow): string {
  return row.withdrawn ? `${row.candidate} (withdrawn)` : row.candidate;
}
