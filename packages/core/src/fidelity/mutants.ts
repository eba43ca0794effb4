/**
 * One-cell mutants of a document's results table, for the mutation check of issue 11: each figure cell
 * changed as a careless edit would (a digit changed, blanked, a dash, `n/a`, swapped with the next row's).
 * Pure: the document's text and where its results rows stand in, mutants out. A mutant that means what
 * the original means (blanking a delegates cell of 0, swapping two equal cells) cannot be caught in
 * principle: it says so, with the reason.
 */

export type FigureRole = 'votes' | 'percent' | 'delegates';
export const FIGURE_ROLES: readonly FigureRole[] = ['votes', 'percent', 'delegates'];

export type MutationKind = 'digit' | 'blank' | 'dash' | 'n/a' | 'swap';
export const MUTATION_KINDS: readonly MutationKind[] = ['digit', 'blank', 'dash', 'n/a', 'swap'];

/** What the mutation writes in place of the cell, for the kinds that write one text. */
export const REPLACEMENT: Readonly<Record<'blank' | 'dash' | 'n/a', string>> = {
  blank: '',
  dash: '—',
  'n/a': 'n/a',
};

/** A results row as the parser reports it: its line and its figure cells as written (null: no cell). */
export interface RowCells {
  line: number;
  raw: Readonly<Record<FigureRole, string | null>>;
}

/** Where a cell's text stands in its line: [start, end) of the text between its pipes, trimmed. */
export interface CellSpan {
  start: number;
  end: number;
  text: string;
}

/** A figure cell of the results table. `row` counts the table's rows from 0, the Total row last. */
export interface FigureCell extends CellSpan {
  row: number;
  line: number;
  role: FigureRole;
  total: boolean;
}

export interface CellChange {
  line: number;
  role: FigureRole;
  total: boolean;
  before: string;
  after: string;
}

export interface Mutant {
  kind: MutationKind;
  /** Which cell, and what it became: `line 23 votes "5,366" → "6,366"`. */
  label: string;
  text: string;
  changes: CellChange[];
  /** Why the mutant means what the original means; null when it does not. */
  sameMeaning: string | null;
}

/**
 * The cells of a pipe row, each trimmed: `| a | b |` gives `a` and `b`. A pipe inside `[[...]]` or
 * `{{...}}` does not split; `||` (MediaWiki's inline cells) separates like one pipe.
 */
export function cellSpans(line: string): CellSpan[] {
  const start = line.indexOf('|');
  if (start < 0) return [];
  const spans: CellSpan[] = [];
  let depth = 0;
  let from = start + 1;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(line[a] as string)) a++;
    while (b > a && /\s/.test(line[b - 1] as string)) b--;
    spans.push({ start: a, end: b, text: line.slice(a, b) });
  };
  for (let i = from; i < line.length; i++) {
    const two = line.slice(i, i + 2);
    if (two === '[[' || two === '{{') {
      depth++;
      i++;
    } else if ((two === ']]' || two === '}}') && depth > 0) {
      depth--;
      i++;
    } else if (line[i] === '|' && depth === 0) {
      push(i);
      if (line[i + 1] === '|') i++;
      from = i + 1;
    }
  }
  // What follows the last pipe is a cell only when it holds text (a row need not close with a pipe).
  if (line.slice(from).trim() !== '') push(line.length);
  return spans;
}

const NONE = /^(?:|[-–—]|n\/a|none)$/i;

/**
 * What a figure cell says, read without the parser: its number (thousands commas and a `%` sign
 * dropped), or null when it gives no figure (blank, a dash, `n/a`, `none`).
 */
export function cellValue(text: string): number | null {
  const t = text.trim();
  if (NONE.test(t)) return null;
  const bare = t.replace(/%$/, '').replaceAll(',', '');
  if (!/^\d+(?:\.\d+)?$/.test(bare)) throw new Error(`"${text}" is not a figure this check can read`);
  return Number(bare);
}

/** Whether two texts of a cell in `role` mean the same: a delegates cell with no figure means none, as 0 does. */
export function sameMeaning(role: FigureRole, a: string, b: string): boolean {
  const va = cellValue(a);
  const vb = cellValue(b);
  if (role === 'delegates') return (va ?? 0) === (vb ?? 0);
  return va === vb;
}

/**
 * The figure cells of a results table: for each role, the one column whose cell is the row's raw text in
 * every row that has one; then that column's cell in every row. Throws when a role's column cannot be
 * told, a bug in what it is given, not in the document.
 */
export function figureCells(text: string, rows: readonly RowCells[], total: RowCells): FigureCell[] {
  const lines = text.split('\n');
  const all = [...rows, total];
  const spansOf = all.map((r) => cellSpans(lines[r.line - 1] ?? ''));
  const cells: FigureCell[] = [];
  for (const role of FIGURE_ROLES) {
    let columns: number[] | null = null;
    for (const [i, r] of all.entries()) {
      const raw = r.raw[role];
      if (raw === null) continue;
      const here = (spansOf[i] as CellSpan[]).flatMap((s, k) => (s.text === raw ? [k] : []));
      columns = columns === null ? here : columns.filter((k) => here.includes(k));
    }
    if (columns === null) continue;
    if (columns.length !== 1) {
      throw new Error(`the ${role} column is ${columns.length === 0 ? 'not found' : 'ambiguous'}`);
    }
    const column = columns[0] as number;
    for (const [i, r] of all.entries()) {
      const span = (spansOf[i] as CellSpan[])[column];
      if (span) cells.push({ ...span, row: i, line: r.line, role, total: i === all.length - 1 });
    }
  }
  return cells;
}

/** The text with each cell's span replaced; the cells stand on distinct lines or do not overlap. */
function rewrite(text: string, edits: { cell: FigureCell; after: string }[]): string {
  const lines = text.split('\n');
  // Right to left, so an edit never moves the start of another on the same line.
  for (const { cell, after } of [...edits].sort(
    (a, b) => a.cell.line - b.cell.line || b.cell.start - a.cell.start,
  )) {
    const line = lines[cell.line - 1] as string;
    lines[cell.line - 1] = line.slice(0, cell.start) + after + line.slice(cell.end);
  }
  return lines.join('\n');
}

/** One digit of a figure changed: the next digit, except that a leading digit never becomes 0. */
export function changeDigit(cell: string, at: number): string {
  const d = Number(cell[at]);
  const leading = !/\d/.test(cell.slice(0, at));
  let next = (d + 1) % 10;
  if (next === 0 && leading && /\d/.test(cell.slice(at + 1))) next = 1;
  return cell.slice(0, at) + String(next) + cell.slice(at + 1);
}

/** The decimals a figure is written with: `50.82` has 2, `100%` none. */
const decimalsOf = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/**
 * Whether a Total row's percent states the whole: 100, or the rows' stated percents added up at its
 * precision (`100.01%` over rows that add up to 100.01), which the family also writes.
 */
export function statesTheWhole(total: string, rowPercents: readonly string[]): boolean {
  const value = cellValue(total);
  if (value === null) return false;
  const sum = rowPercents.reduce((s, p) => s + (cellValue(p) ?? Number.NaN), 0);
  const scale = 10 ** decimalsOf(total);
  return value === 100 || Math.round(sum * scale) === Math.round(value * scale);
}

function reasonFor(changes: CellChange[], rowPercents: readonly string[]): string | null {
  const [only] = changes;
  if (
    changes.length === 1 &&
    only?.total &&
    only.role === 'percent' &&
    statesTheWhole(only.before, rowPercents) &&
    statesTheWhole(only.after, rowPercents)
  ) {
    return `a Total percent of "${only.after}" states the whole as "${only.before}" does (the rows' percents add up to it)`;
  }
  if (!changes.every((c) => sameMeaning(c.role, c.before, c.after))) return null;
  const [c] = changes;
  if (changes.length > 1) return `the two ${c?.role} cells say the same ("${c?.before}", "${c?.after}")`;
  if (c?.before === c?.after) return 'the cell already reads so';
  return `a ${c?.role} cell with no figure means none, as "${c?.before}" does`;
}

function mutant(
  kind: MutationKind,
  text: string,
  edits: { cell: FigureCell; after: string }[],
  rowPercents: readonly string[],
): Mutant {
  const changes = edits.map(({ cell, after }) => ({
    line: cell.line,
    role: cell.role,
    total: cell.total,
    before: cell.text,
    after,
  }));
  const label = changes
    .map((c) => `line ${c.line}${c.total ? ' (Total)' : ''} ${c.role} "${c.before}" → "${c.after}"`)
    .join(', ');
  return { kind, label, text: rewrite(text, edits), changes, sameMeaning: reasonFor(changes, rowPercents) };
}

/**
 * Every one-cell mutant of the results table: each digit of each figure changed, each cell blanked,
 * made `—` and `n/a`, and each cell swapped with the same column's cell of the next row (the last
 * candidate row's with the Total row's).
 */
export function mutantsOf(text: string, cells: readonly FigureCell[]): Mutant[] {
  const out: Mutant[] = [];
  const rowPercents = cells.filter((c) => c.role === 'percent' && !c.total).map((c) => c.text);
  for (const cell of cells) {
    for (let at = 0; at < cell.text.length; at++) {
      if (/\d/.test(cell.text[at] as string)) {
        out.push(mutant('digit', text, [{ cell, after: changeDigit(cell.text, at) }], rowPercents));
      }
    }
    for (const kind of ['blank', 'dash', 'n/a'] as const) {
      out.push(mutant(kind, text, [{ cell, after: REPLACEMENT[kind] }], rowPercents));
    }
    const next = cells.find((c) => c.role === cell.role && c.row === cell.row + 1);
    if (next) {
      out.push(
        mutant(
          'swap',
          text,
          [
            { cell, after: next.text },
            { cell: next, after: cell.text },
          ],
          rowPercents,
        ),
      );
    }
  }
  return out;
}

/** What became of a mutant: refused or reported (caught), read with no new finding (silent), read as
 * other figures than its cells say (misread), or the same in meaning as the original (cannot be caught). */
export type Verdict = 'caught' | 'silent' | 'misread' | 'same-meaning';

export interface KindRate {
  kind: MutationKind;
  mutants: number;
  sameMeaning: number;
  catchable: number;
  caught: number;
  /** caught / catchable; null without a catchable mutant. */
  rate: number | null;
}

const KIND_NAMES: Readonly<Record<MutationKind, string>> = {
  digit: 'a digit changed',
  blank: 'blanked',
  dash: '`—`',
  'n/a': '`n/a`',
  swap: "swapped with the next row's",
};

/** The caught rate of each kind of mutation, over the mutants that can be caught. */
export function ratesByKind(judged: readonly { kind: MutationKind; verdict: Verdict }[]): KindRate[] {
  return MUTATION_KINDS.map((kind) => {
    const of = judged.filter((j) => j.kind === kind);
    const same = of.filter((j) => j.verdict === 'same-meaning').length;
    const caught = of.filter((j) => j.verdict === 'caught').length;
    const catchable = of.length - same;
    return {
      kind,
      mutants: of.length,
      sameMeaning: same,
      catchable,
      caught,
      rate: catchable === 0 ? null : caught / catchable,
    };
  });
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The rates as a Markdown table, one row per kind and one for all of them. */
export function ratesTable(rates: readonly KindRate[]): string {
  const sum = (pick: (r: KindRate) => number) => rates.reduce((n, r) => n + pick(r), 0);
  const all = {
    mutants: sum((r) => r.mutants),
    sameMeaning: sum((r) => r.sameMeaning),
    catchable: sum((r) => r.catchable),
    caught: sum((r) => r.caught),
  };
  const row = (name: string, r: Omit<KindRate, 'kind' | 'rate'>, rate: number | null) =>
    `| ${name} | ${r.mutants} | ${r.sameMeaning} | ${r.catchable} | ${r.caught} | ${percent(rate)} |`;
  return [
    '| Mutation of one figure cell | Mutants | Same meaning | Catchable | Caught | Caught rate |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rates.map((r) => row(KIND_NAMES[r.kind], r, r.rate)),
    row('all', all, all.catchable === 0 ? null : all.caught / all.catchable),
  ].join('\n');
}
