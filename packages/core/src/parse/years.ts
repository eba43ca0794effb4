/** A year a text names: four digits from 1800 to 2199, with no digit either side. */
export interface YearMention {
  /** The four digits as written. */
  year: string;
  index: number;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Every year a text names, in order: what /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/g matches, read in one
 * scan as the runs of exactly four digits whose first two are 18 to 21 (the look-arounds rule out
 * four digits inside a longer run).
 */
export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    if (at - start !== 4) continue;
    const century = (text.charCodeAt(start) - 0x30) * 10 + text.charCodeAt(start + 1) - 0x30;
    if (century >= 18 && century <= 21) out.push({ year: text.slice(start, at), index: start });
  }
  return out;
}

/** The first year a text names other than `year`, as written; null when it names no other. */
export function otherYear(text: string, year: number): string | null {
  for (const mention of yearMentions(text)) if (Number(mention.year) !== year) return mention.year;
  return null;
}
