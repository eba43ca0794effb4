import fc from 'fast-check';
import { expect, test } from 'vitest';
import { withAudit } from '../audit/audit-contest.js';
import { parseContest } from '../parse/parse-contest.js';
import type { Contest } from '../schema/contest.js';
import { changeDigit, type FigureRole, MUTATION_KINDS, REPLACEMENT, statesTheWhole } from './mutants.js';

/**
 * Issue 11's invariant where a fuzz case knows the true figures: documents are generated from figures
 * (candidates, votes, the percents they make, delegates, a Total row) in the family's many formats;
 * unmutated, each must read to exactly those figures with no warning or error; with one figure cell
 * mutated, each must be refused, or read to the true figures, or carry a warning or error finding that
 * names the mutated row or the Total row.
 */

const NAMES = [
  'John Kerry',
  'Howard Dean',
  'Wesley Clark',
  'John Edwards',
  'Dennis Kucinich',
  'Al Sharpton',
  'Hillary Clinton',
  'Barack Obama',
  'Bill Richardson',
  'Mitt Romney',
  'Ron Paul',
  'Rick Santorum',
  'Newt Gingrich',
  'Ted Cruz',
  'Marco Rubio',
  'John Kasich',
  'Gary Johnson',
  'Jo Jorgensen',
  'Pat Buchanan',
  'Steve Forbes',
  'Jesse Jackson',
  'Michael Dukakis',
  'Paul Tsongas',
  'Jerry Brown',
  "Martin O'Malley",
  'Amy Klobuchar',
];
const STATES = [
  'Iowa',
  'Nevada',
  'North Dakota',
  'Maine',
  'Texas',
  'Utah',
  'Ohio',
  'Alaska',
  'West Virginia',
];

const format = fc.record({
  grouping: fc.constantFrom(',', '', '\u2009'),
  decimals: fc.constantFrom(0, 1, 2),
  percentSign: fc.boolean(),
  countHeader: fc.constantFrom('Votes', 'Popular vote'),
  percentHeader: fc.constantFrom('%', 'Percentage', 'Share', 'Pct.'),
  delegatesHeader: fc.constantFrom('Delegates', 'Pledged delegates', 'Pledged', 'Del.', 'Dels'),
  caption: fc.constantFrom('none', 'plus', 'styled', 'title-row'),
  section: fc.constantFrom('Results', 'Statewide results', 'Official results'),
  markup: fc.constantFrom('plain', 'link', 'piped', 'bold', 'flagicon', 'ref', 'footnote'),
  totalLabel: fc.constantFrom('Total', 'Totals', "'''Total'''"),
  closingPipe: fc.boolean(),
});
type Format = typeof format extends fc.Arbitrary<infer F> ? F : never;

const generated = fc
  .record({
    year: fc.integer({ min: 1976, max: 2024 }).map((y) => y - (y % 4)),
    state: fc.constantFrom(...STATES),
    party: fc.constantFrom('Democratic', 'Republican', 'Libertarian'),
    type: fc.constantFrom('caucuses', 'primary'),
    names: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 7 }),
    uncommitted: fc.boolean(),
    withDelegates: fc.boolean(),
    format,
  })
  .chain((base) => {
    const n = base.names.length + (base.uncommitted ? 1 : 0);
    return fc.record({
      base: fc.constant(base),
      votes: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: n, maxLength: n }),
      delegates: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
      withdrawn: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    });
  })
  .filter((g) => g.votes.some((v) => v > 0));
type Generated = typeof generated extends fc.Arbitrary<infer G> ? G : never;

interface Truth {
  rows: [candidate: string, votes: number, percent: number, delegates: number | null][];
  totals: [votes: number, percent: number, delegates: number | null];
}

const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

function nameCell(name: string, markup: Format['markup']): string {
  switch (markup) {
    case 'link':
      return `[[${name}]]`;
    case 'piped':
      return `[[${name} (politician)|${name}]]`;
    case 'bold':
      return `'''${name}'''`;
    case 'flagicon':
      return `{{flagicon|USA}} ${name}`;
    case 'ref':
      return `${name}<ref>Certified results.</ref>`;
    case 'footnote':
      return `${name}[a]`;
    default:
      return name;
  }
}

/** The figure cells of the table as written: one row per candidate, the Total row last. */
interface Table {
  names: string[];
  cells: Record<FigureRole, string>[];
  truth: Truth;
}

function tableOf(g: Generated): Table {
  const { base } = g;
  const f = base.format;
  const names = [...base.names, ...(base.uncommitted ? ['Uncommitted'] : [])];
  const sum = g.votes.reduce((s, v) => s + v, 0);
  const delegateSum = g.delegates.reduce((s, v) => s + v, 0);
  const pct = (v: number) =>
    f.decimals === 0 ? String(Math.round((v / sum) * 100)) : ((v / sum) * 100).toFixed(f.decimals);
  const sign = f.percentSign ? '%' : '';
  const rows = names.map((name, i) => {
    const votes = g.votes[i] as number;
    const p = pct(votes);
    return {
      name,
      cells: {
        votes: group(votes, f.grouping),
        percent: `${p}${sign}`,
        delegates: String(g.delegates[i]),
      },
      truth: [
        name,
        votes,
        Number(p),
        base.withDelegates ? (g.delegates[i] as number) : null,
      ] as Truth['rows'][number],
    };
  });
  const hundred = f.decimals === 0 ? '100' : `100.${'0'.repeat(f.decimals)}`;
  return {
    names: names.map(
      (name, i) =>
        nameCell(name, f.markup) + (g.withdrawn[i] && name !== 'Uncommitted' ? ' (withdrawn)' : ''),
    ),
    cells: [
      ...rows.map((r) => r.cells),
      { votes: group(sum, f.grouping), percent: `${hundred}${sign}`, delegates: String(delegateSum) },
    ],
    truth: {
      rows: rows.map((r) => r.truth),
      totals: [sum, 100, base.withDelegates ? delegateSum : null],
    },
  };
}

/** The document, and the lines of its rows (the Total row last). */
function documentOf(g: Generated, cells: Record<FigureRole, string>[]): { text: string; rowLines: number[] } {
  const { base } = g;
  const f = base.format;
  const title = `${base.year} ${base.state} ${base.party} presidential ${base.type}`;
  const roles: FigureRole[] = base.withDelegates ? ['votes', 'percent', 'delegates'] : ['votes', 'percent'];
  const close = f.closingPipe ? ' |' : '';
  const table = tableOf(g);
  // The infobox restates each real candidate's figures, as the family's infoboxes do: a swap of two rows'
  // figures that the table alone cannot tell apart (equal rounded percents) disagrees with it.
  const infobox = table.truth.rows.flatMap(([name, votes, , delegates], i) =>
    name === 'Uncommitted'
      ? []
      : [
          `- Candidate${i + 1}: ${name}${g.withdrawn[i] ? ' (withdrawn)' : ''}`,
          `- Popular Vote${i + 1}: ${group(votes, ',')}`,
          `- Percentage${i + 1}: ${(table.cells[i] as Record<FigureRole, string>).percent.replace('%', '')}%`,
          ...(delegates === null ? [] : [`- Delegate Count${i + 1}: ${delegates}`]),
        ],
  );
  const lines = [
    `= ${title} =`,
    '',
    'Infobox',
    `- Election Name: ${title}`,
    ...infobox,
    '',
    `This article gives the results of the ${title}.`,
    '',
    `==${f.section}==`,
  ];
  if (f.caption === 'plus') lines.push(`|+ ${title}`);
  if (f.caption === 'styled') lines.push(`  - style="background-color:#f2f2f2;" |${title}**`);
  if (f.caption === 'title-row') lines.push(`| ${title} |${' |'.repeat(roles.length)}`);
  const headers = { votes: f.countHeader, percent: f.percentHeader, delegates: f.delegatesHeader };
  lines.push(`| Candidate | ${roles.map((r) => headers[r]).join(' | ')}${close}`);
  const rowLines: number[] = [];
  cells.forEach((row, i) => {
    const name = i < table.names.length ? (table.names[i] as string) : f.totalLabel;
    rowLines.push(lines.length + 1);
    lines.push(`| ${name} | ${roles.map((r) => row[r]).join(' | ')}${close}`);
  });
  return { text: `${lines.join('\n')}\n`, rowLines };
}

const figuresOf = (c: Contest) => ({
  rows: c.results.map((r) => [r.votes, r.percent, r.delegates]),
  totals: [c.totals.votes, c.totals.percent, c.totals.delegates],
});

/** The truth's figures, with a delegates cell that means none (null) read as the 0 it is. */
function sameFigures(c: Contest, truth: Truth): boolean {
  const none = (d: number | null) => d ?? 0;
  const read = figuresOf(c);
  if (read.rows.length !== truth.rows.length) return false;
  const rowsAgree = truth.rows.every((t, i) => {
    const [votes, percent, delegates] = read.rows[i] as (number | null)[];
    return (
      votes === t[1] &&
      percent === t[2] &&
      (t[3] === null ? delegates === null : none(delegates ?? null) === t[3])
    );
  });
  const [tv, tp, td] = read.totals as (number | null)[];
  const [v, p, d] = truth.totals;
  return rowsAgree && tv === v && tp === p && (d === null ? td === null : none(td ?? null) === d);
}

test('a document generated from known figures reads to exactly those figures, with no warning or error', () => {
  fc.assert(
    fc.property(generated, (g) => {
      const table = tableOf(g);
      const { text } = documentOf(g, table.cells);
      const result = parseContest(text, { file: 'generated.txt' });
      expect(result.ok ? null : result.error).toBeNull();
      if (!result.ok) return;
      const c = withAudit(result.contest);
      expect({
        rows: c.results.map((r) => [r.candidate, r.votes, r.percent, r.delegates]),
        totals: [c.totals.votes, c.totals.percent, c.totals.delegates],
      }).toEqual(table.truth);
      expect(c.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${f.message}`)).toEqual(
        [],
      );
    }),
    { numRuns: 300 },
  );
});

const mutation = fc.record({
  row: fc.nat(),
  role: fc.nat(),
  kind: fc.constantFrom(...MUTATION_KINDS),
  digit: fc.nat(),
});

test('with one figure cell mutated: refused, or the true figures, or a warning or error naming the row or the Total', () => {
  fc.assert(
    fc.property(generated, mutation, (g, m) => {
      const table = tableOf(g);
      const roles: FigureRole[] = g.base.withDelegates
        ? ['votes', 'percent', 'delegates']
        : ['votes', 'percent'];
      const role = roles[m.role % roles.length] as FigureRole;
      const cells = table.cells.map((row) => ({ ...row }));
      const at = m.row % cells.length;
      const cell = cells[at] as Record<FigureRole, string>;
      let touched = [at];
      if (m.kind === 'digit') {
        const digits = [...cell[role]].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
        cell[role] = changeDigit(cell[role], digits[m.digit % digits.length] as number);
      } else if (m.kind === 'swap') {
        const other = at + 1 < cells.length ? at + 1 : at - 1;
        const with_ = cells[other] as Record<FigureRole, string>;
        [cell[role], with_[role]] = [with_[role], cell[role]];
        touched = [at, other];
      } else {
        cell[role] = REPLACEMENT[m.kind];
      }
      const isTotal = at === cells.length - 1;
      const rowPercents = table.cells.slice(0, -1).map((r) => r.percent);
      // A Total percent that still states the whole (100, or the rows' percents added up) means the same.
      if (isTotal && role === 'percent' && m.kind !== 'swap' && statesTheWhole(cell.percent, rowPercents))
        return;
      const { text, rowLines } = documentOf(g, cells);
      const result = parseContest(text, { file: 'mutant.txt' });
      if (!result.ok) return;
      const c = withAudit(result.contest);
      if (sameFigures(c, table.truth)) return;
      const named = new Set([
        ...touched.map((i) => rowLines[i] as number),
        rowLines[rowLines.length - 1] as number,
      ]);
      const reports = c.findings.filter((f) => f.severity !== 'info' && f.lines.some((l) => named.has(l)));
      expect(
        reports.map((f) => f.code),
        `line ${[...named].join(', ')}: ${role} "${(table.cells[at] as Record<FigureRole, string>)[role]}" → "${cell[role]}" read as ${JSON.stringify(figuresOf(c))} with no finding naming the row`,
      ).not.toEqual([]);
    }),
    { numRuns: 400 },
  );
});
