/** The lines of a source document as the parser numbers them: 1-based, a BOM and CRs dropped. */
export function sourceLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

export interface CitedLine {
  line: number;
  text: string | null;
}

/** The text of each cited line, in order, once each; null for a line the document does not have. */
export function citedLines(lines: readonly string[], cited: readonly number[]): CitedLine[] {
  return [...new Set(cited)]
    .sort((a, b) => a - b)
    .map((line) => ({ line, text: line >= 1 && line <= lines.length ? (lines[line - 1] ?? null) : null }));
}
