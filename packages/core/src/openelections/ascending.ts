/**
 * Line numbers ascending without repeats. Rows are read in file order, so most lists already are: those
 * are returned as they are, in one pass, and only the others are sorted.
 */
export function ascending(lines: readonly number[]): number[] {
  let sorted = true;
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] as number) <= (lines[i - 1] as number)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return lines as number[];
  return [...new Set(lines)].sort((a, b) => a - b);
}
