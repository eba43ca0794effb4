/**
 * A text folded for matching names, states and parties: accents and case dropped, dots and apostrophes
 * removed (so "D.C." matches "DC"), every other run of punctuation or space made one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019\u02bb]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
