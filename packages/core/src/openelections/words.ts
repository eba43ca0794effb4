/** The words of a text in lower case: runs of letters and digits (accents folded); the rest separates. */
export function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD').toLowerCase();
  const words: string[] = [];
  let word = '';
  for (const char of folded) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) word += char;
    else if (char === '\u0301' || char === '\u0303' || char === '\u0308' || char === '\u0300') continue;
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words;
}

/** Levenshtein distance, stopping once it passes `limit` (then `limit + 1`). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
