/** How a column's cells line up: `left` pads on the right, `right` (figures) pads on the left. */
export type Align = 'left' | 'right';

/**
 * A Markdown table laid out the way the formatter (Biome) lays it out: every column padded to its
 * widest cell, figures right-aligned, the separator row as wide as its column. RESULTS.md is
 * written by the tools and checked by `biome check`, so what they write must already be formatted.
 */
export function markdownTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number) =>
    align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: string[]) => `| ${header.map((_, i) => pad(cells[i] ?? '', i)).join(' | ')} |`;
  const separator = `| ${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), separator, ...rows.map(line)].join('\n');
}
