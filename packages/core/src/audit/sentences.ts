const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'u.s',
  'd.c',
  'inc',
  'approx',
]);

/** The run of non-space characters ending at `end`, not reaching back before `start`. */
function wordBefore(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !/\s/.test(text[from - 1] ?? ' ')) from--;
  return text.slice(from, end);
}

/**
 * Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital letter,
 * except after a common abbreviation (`Gen.`, `U.S.`) or a single initial (`George A. Sinner`).
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const next = text[match.index + match[0].length];
    if (next === undefined || !/[\p{Lu}"“(]/u.test(next)) continue;
    const before = wordBefore(text, start, match.index);
    const word = before.toLowerCase().replace(/^[("“]+/, '');
    if (text[match.index] === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before))) continue;
    sentences.push(text.slice(start, match.index + 1).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest.length > 0) sentences.push(rest);
  return sentences;
}
