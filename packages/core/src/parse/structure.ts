import type { ListItem, Paragraph, Section } from '../schema/contest.js';
import type { SourceLine } from './lines.js';

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
  const t = text.trimStart();
  if (!t.startsWith('- ') && !t.startsWith('* ')) return null;
  const colon = t.indexOf(':');
  if (colon < 0) return null;
  const key = t.slice(2, colon).trim();
  if (key === '' || key.length > 60 || key.includes('|') || key.includes('=')) return null;
  return { key, value: t.slice(colon + 1).trim() };
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
  const t = text.trimStart();
  // `! Candidate !! Votes` is a MediaWiki header row.
  return (t.startsWith('|') && !t.startsWith('|+')) || t.startsWith('!');
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
  let inInfobox = false;
  let pendingCaption: SourceLine | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (text.trim() === '') {
      i++;
      continue;
    }
    const level = heading(text);
    if (out.title === null && out.sections.length === 0 && level?.level === 1) {
      out.title = line;
      i++;
      continue;
    }
    if (level && level.level >= 2) {
      inInfobox = false;
      section = level.title;
      open = [...open.filter((h) => h.level < level.level), { level: level.level, title: level.title }];
      out.sections.push({ title: section, level: level.level, line: line.number });
      pendingCaption = null;
      i++;
      continue;
    }
    if (out.infoboxLine === null && INFOBOX.test(text.trim())) {
      out.infoboxLine = line.number;
      inInfobox = true;
      i++;
      continue;
    }
    if (inInfobox) {
      const field = fieldOf(text);
      if (field) {
        out.fields.push({ key: field.key, value: field.value, line: line.number });
        i++;
        continue;
      }
      if (text.trim() === '}}') {
        inInfobox = false;
        i++;
        continue;
      }
      inInfobox = false;
    }
    if (isTableLine(text)) {
      const start = i;
      while (i < lines.length && isTableLine((lines[i] as SourceLine).text)) i++;
      out.tables.push({
        lines: lines.slice(start, i),
        caption: pendingCaption,
        section,
        headings: open.map((h) => h.title),
      });
      pendingCaption = null;
      continue;
    }
    // `{|` opens a MediaWiki table: markup, and a caption above it still belongs to the table below.
    if (text.trimStart().startsWith('{|')) {
      i++;
      continue;
    }
    const caption = captionText(text);
    if (caption !== null) {
      pendingCaption = line;
      i++;
      continue;
    }
    pendingCaption = null;
    const item = LIST.exec(text);
    if (item) {
      out.lists.push({ text: (item[1] as string).trim(), line: line.number, section });
    } else {
      out.paragraphs.push({ text: text.trim(), line: line.number, section });
    }
    i++;
  }
  return out;
}
