import { inLineOrder } from '../parse/line-order.js';
import type { Contest } from '../schema/contest.js';
import { mayStateThreshold } from './figure-hints.js';
import { findFigures } from './figures.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** An allocation rule the document states: the share a candidate needs to win delegates. */
export interface StatedThreshold {
  percent: number;
  line: number;
  sentence: string;
}

/** The texts of a document that may state a rule (prose, list items and infobox values), in line order. */
export function statementsOf(
  contest: Contest,
  kept: (text: string) => boolean = () => true,
): { text: string; line: number }[] {
  const prose: { text: string; line: number }[] = [];
  for (const { text, line } of contest.paragraphs) if (kept(text)) prose.push({ text, line });
  const items: { text: string; line: number }[] = [];
  for (const { text, line } of contest.lists) if (kept(text)) items.push({ text, line });
  const values: { text: string; line: number }[] = [];
  for (const { value, line } of contest.infobox.fields) if (kept(value)) values.push({ text: value, line });
  // The stable sort of the three in turn, merged: the parser gives each in line order. Every list
  // here is new, so the merge's answer (one of them, or a new one) is this function's to hand out.
  return inLineOrder(inLineOrder(prose, items), values) as { text: string; line: number }[];
}

/** The first threshold the document states (`A 15 percent threshold is required`), or null. */
export function findStatedThreshold(contest: Contest): StatedThreshold | null {
  // Most statements (dates, counts, colours, prose without a rule) cannot state one: they are not read.
  const statements = statementsOf(contest, mayStateThreshold);
  for (const { text, line } of statements) {
    for (const sentence of splitSentences(text)) {
      if (!mayStateThreshold(sentence)) continue;
      const figure = findFigures(tokenize(sentence)).find(
        (candidate) => candidate.kind === 'percent' && candidate.threshold,
      );
      if (figure !== undefined && figure.value > 0 && figure.value < 100) {
        return { percent: figure.value, line, sentence };
      }
    }
  }
  return null;
}
