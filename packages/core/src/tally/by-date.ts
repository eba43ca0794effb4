/** Orders contests by date, undated ones last, then by id: the order of every cross-contest list. */
export function byDateThenId(
  a: { date: string | null; id: string },
  b: { date: string | null; id: string },
): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
