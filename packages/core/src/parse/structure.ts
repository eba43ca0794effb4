import type { ListItem, Paragraph, Section } from '../schema/contest.js';
import type { SourceLine } from './lines.js';
import { firstNonSpace, trimmed } from './white-space.js';

/** A run of consecutive pipe-table lines, with what stood just above it. */
export interface RawTable {
  lines: SourceLine[];
  /** The nearest line above the table if it is a caption line (`- style=...|Caption**`, `|+ Caption`). */
  caption: SourceLine | null;
  section: string | null;
  /** The headings the table stands under, outermost first (the nearest is `section`). */
  headings: string[];
}

export interface RawField {
  key: string;
  value: string;
  line: number;
}

export interface DocumentStructure {
  title: SourceLine | null;
  infoboxLine: number | null;
  fields: RawField[];
  sections: Section[];
  paragraphs: Paragraph[];
  lists: ListItem[];
  tables: RawTable[];
}

const INFOBOX = /^(?:\{\{ *)?infobox\b/i;
const LIST = /^ *[-*#•]+ +(\S.*)$/;

/** `== Text ==`: the level (the count of `=` on each side) and the text; null when not a heading. */
export function heading(text: string): { level: number; title: string } | null {
  const t = text.trim();
  let open = 0;
  while (open < t.length && t[open] === '=') open++;
  let close = 0;
  while (close < t.length - open && t[t.length - 1 - close] === '=') close++;
  if (open !== close || open < 1 || open > 6) return null;
  const title = t.slice(open, t.length - close).trim();
  return title === '' ? null : { level: open, title };
}

/** `- Key: Value`: an infobox field, its key at most 60 characters without `|` or `=`. */
export function fieldOf(text: string): { key: string; value: string } | null {
  const field = fieldAt(text, 0);
  return field === null ? null : { key: field.key, value: field.value };
}

/** `fieldOf` for the line numbered `line`: the field with its line, in one object. */
function fieldAt(text: string, line: number): RawField | null {
  const start = firstNonSpace(text);
  const mark = text.charCodeAt(start);
  if ((mark !== 0x2d && mark !== 0x2a) || text.charCodeAt(start + 1) !== 0x20) return null;
  // Only white space stands before `start`, so the first colon of the line is the first after it.
  const colon = text.indexOf(':', start + 2);
  if (colon < 0) return null;
  const key = text.slice(start + 2, colon).trim();
  if (key === '' || key.length > 60 || key.includes('|') || key.includes('=')) return null;
  return { key, value: text.slice(colon + 1).trim(), line };
}

function trimStars(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '*') end--;
  return text.slice(0, end).trim();
}

/** A caption line: Wikipedia's `|+` caption, or the flattened `- style="..." |Caption**` form. */
export function captionText(text: string): string | null {
  const t = text.trim();
  if (t.startsWith('|+')) return trimStars(t.slice(2).trim()) || null;
  if (!t.startsWith('-')) return null;
  const rest = t.slice(1).trimStart();
  const styled = /^(?:style|class) *=/.test(rest);
  if (!styled && !t.endsWith('**')) return null;
  const bar = styled ? rest.indexOf('|') : -1;
  return trimStars(bar >= 0 ? rest.slice(bar + 1) : rest) || null;
}

function isTableLine(text: string): boolean {
  const at = firstNonSpace(text);
  const first = text.charCodeAt(at);
  // `! Candidate !! Votes` is a MediaWiki header row.
  return (first === 0x7c && text.charCodeAt(at + 1) !== 0x2b) || first === 0x21;
}

/** The list markers LIST reads: `-`, `*`, `#` and `•`. */
const isListMark = (code: number) => code === 0x2d || code === 0x2a || code === 0x23 || code === 0x2022;

/** How many spaces (U+0020 only, as LIST's `^ *` reads them) a line starts with. */
function leadingSpaces(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 0x20) n++;
  return n;
}

/**
 * One pass over the lines: the title, the infobox's `- Key: Value` fields, `==Section==` headings,
 * list items, pipe tables (with a caption line just above) and prose paragraphs, each with its line.
 */
export function readStructure(lines: SourceLine[]): DocumentStructure {
  const out: DocumentStructure = {
    title: null,
    infoboxLine: null,
    fields: [],
    sections: [],
    paragraphs: [],
    lists: [],
    tables: [],
  };
  let section: string | null = null;
  // The open headings by level: `==A==` then `===B===` gives [A, B]; a new `==C==` closes both.
  let open: { level: number; title: string }[] = [];
  let headings: string[] | null = null;
  let inInfobox = false;
  let pendingCaption: SourceLine | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    // Each test below reads the line from its first character that is not white space (`trim`'s).
    const start = firstNonSpace(text);
    if (start === text.length) {
      i++;
      continue;
    }
    const first = text.charCodeAt(start);
    const level = first === 0x3d ? heading(text) : null;
    if (out.title === null && out.sections.length === 0 && level?.level === 1) {
      out.title = line;
      i++;
      continue;
    }
    if (level && level.level >= 2) {
      inInfobox = false;
      section = level.title;
      open = [...open.filter((h) => h.level < level.level), { level: level.level, title: level.title }];
      headings = null;
      out.sections.push({ title: section, level: level.level, line: line.number });
      pendingCaption = null;
      i++;
      continue;
    }
    if (
      out.infoboxLine === null &&
      (first === 0x7b || (first | 0x20) === 0x69) &&
      INFOBOX.test(trimmed(text))
    ) {
      out.infoboxLine = line.number;
      inInfobox = true;
      i++;
      continue;
    }
    if (inInfobox) {
      const field = fieldAt(text, line.number);
      if (field) {
        out.fields.push(field);
        i++;
        continue;
      }
      if (trimmed(text) === '}}') {
        inInfobox = false;
        i++;
        continue;
      }
      inInfobox = false;
    }
    if (isTableLine(text)) {
      const tableStart = i;
      while (i < lines.length && isTableLine((lines[i] as SourceLine).text)) i++;
      // The tables under the same headings share one list of them.
      headings ??= open.map((h) => h.title);
      out.tables.push({ lines: lines.slice(tableStart, i), caption: pendingCaption, section, headings });
      pendingCaption = null;
      continue;
    }
    // `{|` opens a MediaWiki table: markup, and a caption above it still belongs to the table below.
    if (first === 0x7b && text.charCodeAt(start + 1) === 0x7c) {
      i++;
      continue;
    }
    const caption = first === 0x7c || first === 0x2d ? captionText(text) : null;
    if (caption !== null) {
      pendingCaption = line;
      i++;
      continue;
    }
    pendingCaption = null;
    // LIST allows only spaces before the mark: a line led by other white space is a paragraph.
    const item = isListMark(first) && leadingSpaces(text) === start ? LIST.exec(text) : null;
    if (item) {
      out.lists.push({ text: (item[1] as string).trim(), line: line.number, section });
    } else {
      out.paragraphs.push({ text: trimmed(text), line: line.number, section });
    }
    i++;
  }
  return out;
}
