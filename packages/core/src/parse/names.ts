import type { CandidateKind } from '../schema/contest.js';
import { stripMarkup } from './markup.js';

export interface CandidateName {
  candidate: string;
  candidateId: string;
  withdrawn: boolean;
  kind: CandidateKind;
}

const WITHDRAWN = /^\((?:withdrawn|withdrew|dropped out|campaign suspended|suspended)\)$/i;

/** Splits a trailing `(withdrawn)` (or the like) off a name: [name, true], else [name, false]. */
function splitWithdrawn(name: string): [string, boolean] {
  const open = name.lastIndexOf('(');
  if (open < 0 || !WITHDRAWN.test(name.slice(open).trimEnd())) return [name, false];
  return [trimEnd(name.slice(0, open), ' ,'), true];
}

/** Drops any of `chars` from the end of a text (a linear scan, unlike an unanchored regex). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
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
  if (isSpacedRuns(text, kept)) {
    // Most names are already words and single spaces: only the spaces may change.
    if (separator === ' ') return text;
    let from = 0;
    for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
      out += text.slice(from, space) + separator;
      from = space + 1;
    }
    return out + text.slice(from);
  }
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
  // ASCII has no accents to fold: skip Unicode normalisation for it.
  const folded = isAscii(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return joinRuns(folded.toLowerCase(), ALPHANUMERICS, '-');
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

/** What kind of entry a results row is: a person, or one of the pseudo-candidates tables list. */
export function kindOf(name: string): CandidateKind {
  return PSEUDO_CANDIDATES.get(joinRuns(name.toLowerCase(), LETTERS, ' ')) ?? 'candidate';
}

/**
 * Reads a candidate cell: markup and footnote marks go, a `(withdrawn)` suffix becomes the flag.
 * Null when nothing readable is left.
 */
export function readCandidateName(cell: string): CandidateName | null {
  const [bare, withdrawn] = splitWithdrawn(stripMarkup(cell));
  const name = trimEnd(bare, ' ,*†‡').trim();
  const candidateId = slugify(name);
  if (name === '' || candidateId === '') return null;
  return { candidate: name, candidateId, withdrawn, kind: kindOf(name) };
}
