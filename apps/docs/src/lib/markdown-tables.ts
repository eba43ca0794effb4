export interface InlinePart {
  code: boolean;
  strong: boolean;
  text: string;
}

/** Markdown inline text split into plain runs, `code` spans and **strong** runs; other markup is kept as written. */
export function inlineParts(text: string): InlinePart[] {
  return text
    .split('`')
    .flatMap((part, index) =>
      index % 2 === 1
        ? [{ code: true, strong: false, text: part }]
        : part.split('**').map((run, runIndex) => ({ code: false, strong: runIndex % 2 === 1, text: run })),
    )
    .map((part) => ({ ...part, text: part.text.replaceAll('\\|', '|') }))
    .filter((part) => part.text !== '');
}

/** The cells of one Markdown table row (escaped pipes kept inside their cell); null for a separator row. */
function tableCells(line: string): string[] | null {
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
  return cells.every((cell) => /^:?-+:?$/.test(cell)) ? null : cells;
}

export interface MarkdownTable {
  header: string[];
  rows: string[][];
}

/** Every pipe table of a Markdown document, in order, each with its header and body rows. */
export function markdownTables(markdown: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let current: MarkdownTable | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trimStart().startsWith('|')) {
      current = null;
      continue;
    }
    const cells = tableCells(line);
    if (cells === null) continue;
    if (current === null) {
      current = { header: cells, rows: [] };
      tables.push(current);
    } else current.rows.push(cells);
  }
  return tables;
}

export interface ReadmeSection {
  /** The paragraphs between the heading and the first table, each as one line of inline Markdown. */
  paragraphs: string[];
  /** The body rows of the section's first table, as the Markdown cells of each row. */
  rows: string[][];
}

/**
 * The prose and the first table of the section of a README whose heading is `heading` (e.g. "### `results.csv`"),
 * up to the next heading of any level; null when the README has no such heading.
 */
export function readmeSection(readme: string, heading: string): ReadmeSection | null {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) return null;
  const paragraphs: string[] = [];
  const rows: string[][] = [];
  let paragraph: string[] = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    if (line.trimStart().startsWith('|')) {
      inTable = true;
      if (rows.length === 0 && paragraph.length > 0) paragraphs.push(paragraph.join(' '));
      paragraph = [];
      const cells = tableCells(line);
      if (cells !== null) rows.push(cells);
    } else if (inTable) {
      break;
    } else if (line.trim() === '') {
      if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
      paragraph = [];
    } else {
      paragraph.push(line.trim());
    }
  }
  if (!inTable && paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  // The first row of a Markdown table is its header.
  return { paragraphs, rows: rows.slice(1) };
}

/** The column names a table row documents: every `code` span of its first cell. */
export function documentedColumns(cell: string): string[] {
  return inlineParts(cell)
    .filter((part) => part.code)
    .map((part) => part.text);
}
