import type { ResultRow } from '../schema/contest.js';
import { foldName, surnameOfFolded } from './names.js';
import type { Token } from './tokens.js';

/** A candidate named in a sentence: the row, and the tokens naming them. */
export interface Mention {
  row: ResultRow;
  start: number;
  end: number;
}

/** The names a sentence may call a real candidate by, folded once per contest rather than per sentence. */
export interface CandidateNames {
  rows: readonly ResultRow[];
  /** Each full name folded by `foldName`: words with single spaces between them. */
  full: readonly string[];
  /** The row each surname no other row shares stands for. */
  surnames: ReadonlyMap<string, ResultRow>;
  /** The candidates (indexes into `rows`) whose full name of two words or more starts with a word, in row order. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
}

/** Folds the names of the real candidates; pseudo-candidates (Uncommitted, Write-ins) are left out. */
export function candidateNames(rows: readonly ResultRow[]): CandidateNames {
  const candidates = rows.filter((row) => row.kind === 'candidate');
  const full = candidates.map((row) => foldName(row.candidate));
  const counts = new Map<string, number>();
  const surnames = new Map<string, ResultRow>();
  full.forEach((name, index) => {
    const surname = surnameOfFolded(name);
    if (surname === null) return;
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
    surnames.set(surname, candidates[index] as ResultRow);
  });
  for (const [surname, count] of counts) if (count > 1) surnames.delete(surname);
  const byFirstWord = new Map<string, number[]>();
  full.forEach((name, index) => {
    const space = name.indexOf(' ');
    // Names of one word are not matched in full.
    if (space < 0) return;
    const first = name.slice(0, space);
    const list = byFirstWord.get(first);
    if (list) list.push(index);
    else byFirstWord.set(first, [index]);
  });
  return { rows: candidates, full, surnames, byFirstWord };
}

function wordCount(folded: string): number {
  let count = 1;
  for (let at = folded.indexOf(' '); at >= 0; at = folded.indexOf(' ', at + 1)) count++;
  return count;
}

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isAsciiLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** A word token as `foldName` reads it: a word of ASCII letters is its lower case, as already folded. */
function nameWord(token: Token): string {
  if (token.kind !== 'word') return '';
  return isAsciiLetters(token.text) ? token.folded : foldName(token.text);
}

/** Whether the words from `start` on are the words of a folded full name, compared in place. */
function namesAt(words: readonly string[], start: number, full: string): boolean {
  let from = 0;
  for (let at = start; ; at++) {
    const space = full.indexOf(' ', from);
    const end = space < 0 ? full.length : space;
    const word = words[at];
    if (word === undefined || word.length !== end - from || !full.startsWith(word, from)) return false;
    if (space < 0) return true;
    from = space + 1;
  }
}

/**
 * Finds the real candidates a sentence names, by full name or by a capitalised surname no other
 * row shares. Pseudo-candidates (Uncommitted, Write-ins) are left out: their names are common words.
 */
export function findMentions(
  tokens: readonly Token[],
  rows: readonly ResultRow[],
  names: CandidateNames = candidateNames(rows),
): Mention[] {
  const words = tokens.map(nameWord);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  // Every place a full name of two words or more starts, found by its first word: the same mentions,
  // for each start in row order, as trying every name at every start.
  for (let start = 0; start < words.length; start++) {
    const candidates = names.byFirstWord.get(words[start] as string);
    if (candidates === undefined) continue;
    for (const candidate of candidates) {
      const full = names.full[candidate] as string;
      const length = wordCount(full);
      if (start + length > words.length || !namesAt(words, start, full)) continue;
      mentions.push({ row: names.rows[candidate] as ResultRow, start, end: start + length });
      for (let at = start; at < start + length; at++) taken.add(at);
    }
  }
  // At most one row has a given unshared surname, so one pass over the words finds every surname mention.
  words.forEach((word, index) => {
    const row = names.surnames.get(word);
    if (row !== undefined && !taken.has(index) && startsUpper(tokens[index]?.text ?? '')) {
      mentions.push({ row, start: index, end: index + 1 });
    }
  });
  return mentions.sort((a, b) => a.start - b.start);
}
