import type { Nodes, PhrasingContent, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

// Markdown read as GitHub (and Starlight) renders it: CommonMark with GFM tables, by micromark and mdast.
const parse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/** The Markdown source of `nodes`, from the first one's start to the last one's end. */
function source(markdown: string, nodes: readonly Nodes[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes[nodes.length - 1]?.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}

export interface InlinePart {
  code: boolean;
  strong: boolean;
  text: string;
}

/** Markdown inline text split into plain runs, `code` spans and **strong** runs; other markup is kept as written. */
export function inlineParts(text: string): InlinePart[] {
  // Read as the inside of a paragraph: a leading zero-width space keeps `- `, `1. ` or `# ` from starting a block.
  const marked = `\u200b${text}`;
  const paragraph = parse(marked).children[0];
  const phrasing: PhrasingContent[] = paragraph?.type === 'paragraph' ? paragraph.children : [];
  return phrasing
    .map((node): InlinePart => {
      if (node.type === 'inlineCode')
        // A table cell escapes its pipes even inside code (GFM), and the cell's source keeps the escape.
        return { code: true, strong: false, text: node.value.replaceAll('\\|', '|') };
      if (node.type === 'strong') return { code: false, strong: true, text: source(marked, node.children) };
      return {
        code: false,
        strong: false,
        text: (node.type === 'text' ? node.value : source(marked, [node])).replace(/^\u200b/, ''),
      };
    })
    .filter((part) => part.text !== '');
}

export interface MarkdownTable {
  header: string[];
  rows: string[][];
}

/** A table's rows as the Markdown source of each cell, the header row first. */
function tableRows(markdown: string, table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => source(markdown, cell.children)));
}

/** Every pipe table of a Markdown document, in order, each with its header and body rows. */
export function markdownTables(markdown: string): MarkdownTable[] {
  return parse(markdown)
    .children.filter((node) => node.type === 'table')
    .map((table) => {
      const [header = [], ...rows] = tableRows(markdown, table);
      return { header, rows };
    });
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
  const nodes = parse(readme).children;
  const start = nodes.findIndex(
    (node) => node.type === 'heading' && source(readme, [node]).trim() === heading,
  );
  if (start === -1) return null;
  const paragraphs: string[] = [];
  for (const node of nodes.slice(start + 1)) {
    if (node.type === 'heading') break;
    if (node.type === 'table') return { paragraphs, rows: tableRows(readme, node).slice(1) };
    if (node.type === 'paragraph') paragraphs.push(source(readme, [node]).replace(/\s*\n\s*/g, ' '));
  }
  return { paragraphs, rows: [] };
}

/** The column names a table row documents: every `code` span of its first cell. */
export function documentedColumns(cell: string): string[] {
  return inlineParts(cell)
    .filter((part) => part.code)
    .map((part) => part.text);
}
