import type { CandidateKind } from '../schema/contest.js';
import { foldNfkd } from './fold-accents.js';
import { stripMarkup } from './markup.js';

export interface CandidateName {
  candidate: string;
  candidateId: string;
  withdrawn: boolean;
  kind: CandidateKind;
}

const WITHDRAWN = /^\((?:withdrawn|withdrew|dropped out|campaign suspended|suspended)\)$/i;

/** Where a trailing `(withdrawn)` (or the like) starts in a name, or -1 when it has none. */
function withdrawnAt(name: string): number {
  const open = name.lastIndexOf('(');
  return open >= 0 && WITHDRAWN.test(name.slice(open).trimEnd()) ? open : -1;
}

/** Drops spaces and commas from the end of a text (a linear scan, unlike an unanchored regex). */
function trimSpacesAndCommas(text: string): string {
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x2c; c = text.charCodeAt(end - 1)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Drops spaces, commas and footnote marks (`*`, `†`, `‡`) from the end of a text. */
function trimMarks(text: string): string {
  let end = text.length;
  for (
    let c = text.charCodeAt(end - 1);
    c === 0x20 || c === 0x2c || c === 0x2a || c === 0x2020 || c === 0x2021;
    c = text.charCodeAt(end - 1)
  )
    end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The character classes a folded name keeps: lower-case letters, and for ids digits too. */
const LETTERS = 1;
const ALPHANUMERICS = 2;

function isKept(code: number, kept: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (kept === ALPHANUMERICS && code >= 0x30 && code <= 0x39);
}

/** True when a text is already runs of kept characters with single spaces between them. */
function isSpacedRuns(text: string, kept: number): boolean {
  if (text.length === 0 || text.charCodeAt(text.length - 1) === 0x20) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? i === 0 || text.charCodeAt(i + 1) === 0x20 : !isKept(code, kept)) return false;
  }
  return true;
}

/**
 * The runs of kept characters of a text, joined by `separator`: what replacing the rest with spaces,
 * trimming and joining gives, in one scan (the built-in replaces are slow on short strings).
 */
function joinRuns(text: string, kept: number, separator: string): string {
  let out = '';
  // Most names are already words and single spaces: joined by spaces, they are their own runs.
  if (separator === ' ' && isSpacedRuns(text, kept)) return text;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && !isKept(text.charCodeAt(at), kept)) at++;
    const start = at;
    while (at < text.length && isKept(text.charCodeAt(at), kept)) at++;
    if (at > start) out = out === '' ? text.slice(start, at) : `${out}${separator}${text.slice(start, at)}`;
  }
  return out;
}

/** A URL- and id-safe slug: accents folded, lower case, runs of anything else become one dash. */
export function slugify(text: string): string {
  return joinRuns(foldNfkd(text).toLowerCase(), ALPHANUMERICS, '-');
}

/** The pseudo-candidates, by their names' words in lower case. */
const PSEUDO_CANDIDATES: ReadonlyMap<string, CandidateKind> = new Map([
  ...[
    'uncommitted',
    'uninstructed',
    'undecided',
    'no preference',
    'uncommitted delegate',
    'uncommitted delegates',
  ].map((name) => [name, 'uncommitted'] as const),
  ...[
    'write in',
    'write ins',
    'writein',
    'writeins',
    'write in vote',
    'write in votes',
    'scattering',
    'scattered',
  ].map((name) => [name, 'write-in'] as const),
  ...[
    'other',
    'others',
    'other candidates',
    'all others',
    'none of these candidates',
    'none of the above',
    'blank',
    'blank ballots',
    'void',
    'invalid',
  ].map((name) => [name, 'other'] as const),
]);

/** Each pseudo-candidate's folded name as its first letter and length, the test that rules out most names. */
const shapeOf = (first: number, length: number) => first * 1024 + length;
const PSEUDO_SHAPES = new Set(
  [...PSEUDO_CANDIDATES.keys()].map((name) => shapeOf(name.charCodeAt(0), name.length)),
);

/**
 * The first letter and length of `joinRuns(name.toLowerCase(), LETTERS, ' ')` for an ASCII name, read
 * without building it (lower case changes only A to Z in ASCII); null for other names.
 */
function asciiShape(name: string): number | null {
  let first = -1;
  let length = 0;
  let inRun = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 0x7f) return null;
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (first < 0) first = lower;
      else if (!inRun) length++;
      length++;
      inRun = true;
    } else {
      inRun = false;
    }
  }
  return first < 0 ? 0 : shapeOf(first, length);
}

/** What kind of entry a results row is: a person, or one of the pseudo-candidates tables list. */
export function kindOf(name: string): CandidateKind {
  const shape = asciiShape(name);
  if (shape !== null && !PSEUDO_SHAPES.has(shape)) return 'candidate';
  return PSEUDO_CANDIDATES.get(joinRuns(name.toLowerCase(), LETTERS, ' ')) ?? 'candidate';
}

/**
 * Reads a candidate cell: markup and footnote marks go, a `(withdrawn)` suffix becomes the flag.
 * Null when nothing readable is left.
 */
export function readCandidateName(cell: string): CandidateName | null {
  const stripped = stripMarkup(cell);
  const open = withdrawnAt(stripped);
  const withdrawn = open >= 0;
  const bare = withdrawn ? trimSpacesAndCommas(stripped.slice(0, open)) : stripped;
  const name = trimMarks(bare).trim();
  if (name === '') return null;
  const candidateId = slugify(name);
  if (candidateId === '') return null;
  return { candidate: name, candidateId, withdrawn, kind: kindOf(name) };
}
