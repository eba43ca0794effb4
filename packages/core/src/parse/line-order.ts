/**
 * Two lists of statements in document order as one: what `[...a, ...b].sort((x, y) => x.line - y.line)`
 * gives, by a merge when each list is already in line order (as the parser makes them), by that sort
 * otherwise. Either list is returned itself when the other is empty: the result is read, not changed.
 */
export function inLineOrder<T extends { line: number }>(a: readonly T[], b: readonly T[]): readonly T[] {
  if (b.length === 0 && isSorted(a)) return a;
  if (a.length === 0 && isSorted(b)) return b;
  if (!isSorted(a) || !isSorted(b)) return [...a, ...b].sort((x, y) => x.line - y.line);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  // On equal lines the sort, being stable, keeps `a`'s first.
  while (i < a.length && j < b.length)
    out.push((b[j] as T).line < (a[i] as T).line ? (b[j++] as T) : (a[i++] as T));
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}

function isSorted(list: readonly { line: number }[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i] as { line: number }).line < (list[i - 1] as { line: number }).line) return false;
  return true;
}
