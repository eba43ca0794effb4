import type { InfoboxCandidate } from '../schema/contest.js';
import { readCandidateName } from './names.js';
import { cellValue } from './numbers.js';
import type { RawField } from './structure.js';
import { isWhiteSpace } from './white-space.js';

export type Role = 'candidate' | 'homeState' | 'votes' | 'percent' | 'delegates';

/** The roles of numbered infobox keys, by the key's stem in lower case with single spaces. */
const ROLES: ReadonlyMap<string, Role> = new Map([
  ...['candidate', 'nominee', 'name'].map((stem) => [stem, 'candidate'] as const),
  ...['home state', 'homestate'].map((stem) => [stem, 'homeState'] as const),
  ...['percentage', 'percent', 'share', 'pct'].map((stem) => [stem, 'percent'] as const),
  ...[
    'delegate count',
    'delegate',
    'delegates',
    'delegates won',
    'pledged delegate',
    'pledged delegates',
  ].map((stem) => [stem, 'delegates'] as const),
  ...[
    'popular vote',
    'popular votes',
    'vote',
    'votes',
    'vote count',
    'state delegate equivalent',
    'state delegate equivalents',
    'sde',
    'sdes',
  ].map((stem) => [stem, 'votes'] as const),
]);

/** True when a stem has single spaces between its words and no `_` or `-`: it needs no rewriting. */
function isSpaced(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) {
    const code = stem.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === stem.length - 1 || stem.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x20 || code === 0x2d || code === 0x5f || code > 0x7f) {
      return false;
    }
  }
  return true;
}

/** The role of a numbered infobox key's stem: `Popular Vote` in `Popular Vote4` holds votes. */
export function roleOf(stem: string): Role | null {
  const lower = stem.toLowerCase();
  const s = isSpaced(lower) ? lower : lower.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return ROLES.get(s) ?? null;
}

/** What `.` in a pattern does not cross: the line ends. */
const isLineEnd = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * A numbered key split into its stem and number (`Popular Vote 4` gives `Popular Vote` and 4): the stem
 * ends with a letter, `%` or `)`, the number has one to three digits. This reads from the end what
 * `/^(.*?[A-Za-z%)])\s*(\d{1,3})$/` matches, without the pattern's cost on every key.
 */
export function splitNumbered(key: string): { stem: string; index: number } | null {
  let digits = key.length;
  while (digits > 0 && isDigit(key.charCodeAt(digits - 1))) digits--;
  if (digits === key.length || key.length - digits > 3) return null;
  let stemEnd = digits;
  while (stemEnd > 0 && isWhiteSpace(key.charCodeAt(stemEnd - 1))) stemEnd--;
  const last = key.charCodeAt(stemEnd - 1);
  const letter = (last | 0x20) >= 0x61 && (last | 0x20) <= 0x7a;
  if (!letter && last !== 0x25 && last !== 0x29) return null;
  // The pattern's `.` does not cross a line end.
  for (let i = 0; i < stemEnd; i++) if (isLineEnd(key.charCodeAt(i))) return null;
  const stem = key.slice(0, stemEnd);
  return { stem, index: Number(key.slice(digits)) };
}

function figure(value: string): number | null {
  const n = cellValue(value);
  return n >= 0 ? n : null;
}

/**
 * Groups the numbered infobox keys (Candidate1, Popular Vote1, ...) into one entry per number,
 * in the order of their numbers; gaps in the numbering are kept as they are.
 */
export function readInfoboxCandidates(fields: RawField[]): InfoboxCandidate[] {
  const groups = new Map<number, InfoboxCandidate>();
  // The groups in the order they were first seen (the map's own order), to sort by number at the end.
  const order: InfoboxCandidate[] = [];
  for (const f of fields) {
    const numbered = splitNumbered(f.key);
    if (numbered === null) continue;
    const role = roleOf(numbered.stem);
    if (role === null) continue;
    const index = numbered.index;
    let g = groups.get(index);
    if (!g) {
      g = {
        index,
        candidate: null,
        candidateId: null,
        withdrawn: false,
        homeState: null,
        votes: null,
        percent: null,
        delegates: null,
        raw: { votes: null, percent: null, delegates: null },
        lines: {},
      };
      groups.set(index, g);
      order.push(g);
    }
    if (lineOf(g, role) !== undefined) continue;
    setLine(g, role, f.line);
    if (role === 'candidate') {
      const name = readCandidateName(f.value);
      if (name) {
        g.candidate = name.candidate;
        g.candidateId = name.candidateId;
        g.withdrawn = name.withdrawn;
      }
    } else if (role === 'homeState') {
      g.homeState = f.value === '' ? null : f.value;
    } else {
      // One store per role, each to a property named in the code (a computed name costs a lookup).
      const value = figure(f.value);
      const raw = f.value === '' ? null : f.value;
      if (role === 'votes') {
        g.votes = value;
        g.raw.votes = raw;
      } else if (role === 'percent') {
        g.percent = value;
        g.raw.percent = raw;
      } else {
        g.delegates = value;
        g.raw.delegates = raw;
      }
    }
  }
  return order.sort((a, b) => a.index - b.index);
}

// A group's line of each role, read and set by name: each role its own property access, not one
// access by a computed name (which V8 serves through a generic, slower path). The lines keep the
// order the fields set them in.
function lineOf(g: InfoboxCandidate, role: Role): number | undefined {
  switch (role) {
    case 'candidate':
      return g.lines.candidate;
    case 'homeState':
      return g.lines.homeState;
    case 'votes':
      return g.lines.votes;
    case 'percent':
      return g.lines.percent;
    default:
      return g.lines.delegates;
  }
}

function setLine(g: InfoboxCandidate, role: Role, line: number): void {
  switch (role) {
    case 'candidate':
      g.lines.candidate = line;
      return;
    case 'homeState':
      g.lines.homeState = line;
      return;
    case 'votes':
      g.lines.votes = line;
      return;
    case 'percent':
      g.lines.percent = line;
      return;
    default:
      g.lines.delegates = line;
  }
}

/** The first field whose key matches, by the key's words. */
export function field(fields: RawField[], key: RegExp): RawField | undefined {
  return fields.find((f) => key.test(f.key.trim()));
}
