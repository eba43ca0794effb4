import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withAudit } from '../audit/audit-contest.js';
import { parseContest } from '../parse/parse-contest.js';
import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import {
  cellValue,
  FIGURE_ROLES,
  type FigureCell,
  figureCells,
  MUTATION_KINDS,
  type Mutant,
  mutantsOf,
  ratesByKind,
  ratesTable,
  type Verdict,
} from './mutants.js';

/**
 * Issue 11's mutation check: every figure cell of the results table of every shipped source, changed
 * one way at a time, must give a parse error, or a warning or error finding the source does not have,
 * with the mutant's own figures read. The rates per kind are printed as a Markdown table.
 */

const dir = new URL('../../../data/sources/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** A finding as the comparison counts it: its code and its primary line (its lines until that lands). */
function keyOf(f: Finding): string {
  const line = (f as Finding & { line?: number }).line;
  return `${f.code}@${line ?? f.lines.join(',')}`;
}
const reported = (contest: Contest) =>
  withAudit(contest)
    .findings.filter((f) => f.severity !== 'info')
    .map(keyOf);

/** The findings of `after` that `before` does not have, as multisets. */
function added(before: string[], after: string[]): string[] {
  const left = new Map<string, number>();
  for (const k of before) left.set(k, (left.get(k) ?? 0) + 1);
  return after.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}

type Figures = [line: number, votes: number | null, percent: number | null, delegates: number | null][];

/** The figures as read: each row, then the Total row. */
const figuresRead = (c: Contest): Figures => [
  ...c.results.map((r): Figures[number] => [r.line, r.votes, r.percent, r.delegates]),
  [c.totals.line, c.totals.votes, c.totals.percent, c.totals.delegates],
];

/** The figures the cells say, after the mutant's changes: the reading the parser must agree with. */
function figuresSaid(cells: readonly FigureCell[], mutant: Mutant | null): Figures {
  const lines = [...new Set(cells.map((c) => c.line))];
  return lines.map((line) => {
    const [votes, percent, delegates] = FIGURE_ROLES.map((role) => {
      const cell = cells.find((c) => c.line === line && c.role === role);
      if (!cell) return null;
      const change = mutant?.changes.find((m) => m.line === line && m.role === role);
      return cellValue(change ? change.after : cell.text);
    });
    return [line, votes ?? null, percent ?? null, delegates ?? null];
  });
}

interface Judged {
  source: string;
  mutant: Mutant;
  verdict: Verdict;
  detail: string;
}

interface Source {
  file: string;
  text: string;
  contest: Contest;
  cells: FigureCell[];
  judged: Judged[];
}

function judge(file: string, cells: readonly FigureCell[], before: string[], mutant: Mutant): Judged {
  const of = (verdict: Verdict, detail: string): Judged => ({ source: file, mutant, verdict, detail });
  if (mutant.sameMeaning !== null) return of('same-meaning', mutant.sameMeaning);
  const result = parseContest(mutant.text, { file });
  if (!result.ok) return of('caught', `refused: ${result.error.code} at line ${result.error.line}`);
  const read = figuresRead(result.contest);
  const said = figuresSaid(cells, mutant);
  if (JSON.stringify(read) !== JSON.stringify(said)) {
    return of('misread', `read ${JSON.stringify(read)} where the cells say ${JSON.stringify(said)}`);
  }
  const news = added(before, reported(result.contest));
  return news.length > 0
    ? of('caught', `reported: ${news.join(', ')}`)
    : of('silent', 'no new warning or error');
}

const loaded = new Map<string, Source>();
/** A source, its results table's figure cells and every mutant judged, computed once. */
function load(file: string): Source {
  const known = loaded.get(file);
  if (known) return known;
  const text = readFileSync(new URL(file, dir), 'utf8');
  const result = parseContest(text, { file });
  if (!result.ok)
    throw new Error(`${file} does not parse: ${result.error.code} at line ${result.error.line}`);
  const contest = result.contest;
  const cells = figureCells(text, contest.results, contest.totals);
  const before = reported(contest);
  const judged = mutantsOf(text, cells).map((m) => judge(file, cells, before, m));
  const source = { file, text, contest, cells, judged };
  loaded.set(file, source);
  return source;
}

describe('the mutation check of the shipped sources', () => {
  test('reads every source in packages/data/sources', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  for (const file of sources) {
    describe(file, () => {
      test('the unmutated source reads as its cells say, in the results table found', () => {
        const s = load(file);
        expect(s.cells.some((c) => c.total)).toBe(true);
        expect(s.cells.every((c) => c.line >= s.contest.lines.resultsTable)).toBe(true);
        expect(figuresRead(s.contest)).toEqual(figuresSaid(s.cells, null));
      });

      test('every kind of mutation makes mutants of it', () => {
        const kinds = new Set(load(file).judged.map((j) => j.mutant.kind));
        expect([...kinds].sort()).toEqual([...MUTATION_KINDS].sort());
      });

      test('every catchable one-cell mutant is refused, or read as written with a new warning or error', () => {
        const missed = load(file)
          .judged.filter((j) => j.verdict === 'silent' || j.verdict === 'misread')
          .map((j) => `${j.mutant.kind}: ${j.mutant.label}: ${j.verdict}: ${j.detail}`);
        expect(missed).toEqual([]);
      });
    });
  }

  test('the caught rate is 100% of the catchable mutants for every kind of mutation', () => {
    const judged = sources.flatMap((file) => load(file).judged);
    const rates = ratesByKind(judged.map((j) => ({ kind: j.mutant.kind, verdict: j.verdict })));
    const same = judged.filter((j) => j.verdict === 'same-meaning');
    console.log(
      [
        `Mutation check: ${sources.length} sources, ${judged.length} one-cell mutants of their results tables.`,
        '',
        ratesTable(rates),
        '',
        `Not catchable in principle (${same.length}, the same meaning as the source):`,
        ...same.map((j) => `- ${j.source}: ${j.mutant.kind} ${j.mutant.label}: ${j.detail}`),
      ].join('\n'),
    );
    for (const r of rates) expect(r.catchable, `${r.kind}: catchable mutants`).toBeGreaterThan(0);
    expect(Object.fromEntries(rates.map((r) => [r.kind, r.rate]))).toEqual(
      Object.fromEntries(MUTATION_KINDS.map((k) => [k, 1])),
    );
  });
});
