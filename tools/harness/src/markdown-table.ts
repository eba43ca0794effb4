import { markdownTable as gfmTable } from 'markdown-table';

/** How a column's cells line up: `left` pads on the right, `right` (figures) pads on the left. */
export type Align = 'left' | 'right';

/**
 * A Markdown table as the formatter (Biome) lays it out: every column padded to its widest cell and at
 * least three wide, figures right-aligned, the separator row as wide as its column. BENCHMARKS.md and
 * RESULTS.md are written by the tools, so what they write must already be formatted.
 */
export function markdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  // markdown-table pads to the widest cell; Biome's narrowest column is three wide (`---`).
  const head = header.map((cell, i) => (align[i] === 'right' ? cell.padStart(3) : cell.padEnd(3)));
  return gfmTable([head, ...rows], { align: header.map((_, i) => (align[i] === 'right' ? 'r' : '')) });
}
