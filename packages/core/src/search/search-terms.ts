/**
 * Folds case, accents and punctuation away and splits on what is left, so that `N. Dakota`,
 * `north dakota` and `NORTH-DAKOTA` give the terms `n dakota`, `north dakota`, `north dakota`.
 * The one folding of search: the API's queries, its in-memory index and the D1 search keys all use it.
 */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** The terms of `text` joined by single spaces: the key two spellings of one name share. */
export function searchKey(text: string): string {
  return searchTerms(text).join(' ');
}
