import type { DateStatement, ListItem, Paragraph } from '../schema/contest.js';
import { findDates, readDate } from './dates.js';
import { inLineOrder } from './line-order.js';
import type { RawField } from './structure.js';

/** The label of a line of its own that states the date: `Caucus date`, `Date`, `Date of the primary`. */
const DATE_LABEL = /^(?:[a-z]+ ){0,3}date(?: of(?: [a-z]+){1,3})?$/i;

/** `Caucus date: February 8, 2004`: the date's words, when the line labels the date; else null. */
function labelledDate(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 40) return null;
  return DATE_LABEL.test(text.slice(0, colon).trim()) ? text.slice(colon + 1).trim() : null;
}
/** The words just before a date that say the contest took place on it: "were held on February 3". */
const HELD = /\b(?:held|took place|scheduled|conducted|occurred)(?: on| for)?(?: [A-Z][a-z]+day,?)? *$/;

const CONTEST_WORDS = /\b(?:caucus(?:es)?|primar(?:y|ies)|contests?|elections?|votes?|voting|nominating)\b/i;

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Every statement of the contest's date, in document order: the infobox's date field, a labelled line
 * of its own, and the dates the prose says the contest was held on. Prose dates count only when the
 * prose names one such date of the contest's year: two different "held on" dates are not unambiguous.
 */
export function readDateStatements(
  dateField: RawField | undefined,
  paragraphs: readonly Paragraph[],
  lists: readonly ListItem[],
  year: number,
): DateStatement[] {
  const out: DateStatement[] = [];
  if (dateField) {
    const date = readDate(dateField.value, year);
    if (date) out.push({ date, line: dateField.line, source: 'infobox', text: clip(dateField.value) });
  }
  const lines = inLineOrder<{ text: string; line: number }>(paragraphs, lists);
  const prose: DateStatement[] = [];
  for (const { text, line } of lines) {
    const labelled = labelledDate(text);
    if (labelled !== null) {
      const date = readDate(labelled, year);
      if (date) out.push({ date, line, source: 'labelled', text: clip(text) });
      continue;
    }
    for (const mention of findDates(text, year)) {
      if (!mention.date.startsWith(`${year}-`)) continue;
      if (!HELD.test(text.slice(Math.max(0, mention.index - 60), mention.index))) continue;
      // The sentence up to the date must be about the contest: a debate held on a date is not.
      const sentenceStart = text.lastIndexOf('. ', mention.index) + 1;
      if (!CONTEST_WORDS.test(text.slice(sentenceStart, mention.index))) continue;
      prose.push({ date: mention.date, line, source: 'prose', text: clip(mention.text) });
    }
  }
  if (new Set(prose.map((p) => p.date)).size === 1) out.push(prose[0] as DateStatement);
  return out.sort((a, b) => a.line - b.line);
}
