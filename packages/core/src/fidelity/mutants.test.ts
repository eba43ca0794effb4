import { describe, expect, test } from 'vitest';
import {
  cellSpans,
  cellValue,
  changeDigit,
  figureCells,
  type Mutant,
  mutantsOf,
  type RowCells,
  ratesByKind,
  ratesTable,
  sameMeaning,
  statesTheWhole,
} from './mutants.js';

const DOC = [
  '= 2004 North Dakota Democratic presidential caucuses =',
  '| Candidate | Votes | % | Delegates |',
  '| John Kerry | 5,366 | 50.82 | 9 |',
  '| Howard Dean | 1,231 | 11.66 | 0 |',
  '| Al Sharpton | 28 | 0.27 | — |',
  '| Joe Lieberman | 28 | 0.27 | 0 |',
  '| Total | 6,653 | 100% | 9 |',
].join('\n');
const row = (line: number, votes: string, percent: string, delegates: string): RowCells => ({
  line,
  raw: { votes, percent, delegates },
});
const ROWS = [
  row(3, '5,366', '50.82', '9'),
  row(4, '1,231', '11.66', '0'),
  row(5, '28', '0.27', '—'),
  row(6, '28', '0.27', '0'),
];
const TOTAL = row(7, '6,653', '100%', '9');

describe('cellSpans', () => {
  test('gives each cell of a pipe row, trimmed, with where it stands', () => {
    const line = '| John Kerry | 5,366 | 50.82 | 9 |';
    expect(cellSpans(line).map((s) => [s.text, line.slice(s.start, s.end)])).toEqual([
      ['John Kerry', 'John Kerry'],
      ['5,366', '5,366'],
      ['50.82', '50.82'],
      ['9', '9'],
    ]);
  });
  test('keeps an empty cell, and reads a row that does not close with a pipe', () => {
    expect(cellSpans('| Dean |  | 0').map((s) => s.text)).toEqual(['Dean', '', '0']);
  });
  test('does not split at a pipe inside a link or a template; `||` separates like one pipe', () => {
    expect(cellSpans('| [[John Kerry|Kerry]] || {{nts|5366}} || 50.82 || 9').map((s) => s.text)).toEqual([
      '[[John Kerry|Kerry]]',
      '{{nts|5366}}',
      '50.82',
      '9',
    ]);
  });
});

describe('cellValue and sameMeaning', () => {
  test('read a figure as written: thousands commas and a % sign go', () => {
    expect([cellValue('5,366'), cellValue('50.82%'), cellValue('0'), cellValue('2,475.5')]).toEqual([
      5366, 50.82, 0, 2475.5,
    ]);
  });
  test('a blank, a dash, n/a and none give no figure', () => {
    expect(['', ' ', '-', '–', '—', 'n/a', 'N/A', 'none'].map(cellValue)).toEqual(Array(8).fill(null));
  });
  test('a text it cannot read is a bug in the check, not a figure', () => {
    expect(() => cellValue('5,366 votes')).toThrow(/not a figure/);
  });
  test('a delegates cell without a figure means none, as 0 does; a count cell without one is unread', () => {
    expect(sameMeaning('delegates', '', '0')).toBe(true);
    expect(sameMeaning('delegates', 'n/a', '—')).toBe(true);
    expect(sameMeaning('delegates', '', '1')).toBe(false);
    expect(sameMeaning('votes', '', '0')).toBe(false);
    expect(sameMeaning('votes', 'n/a', '—')).toBe(true);
    expect(sameMeaning('percent', '0.27', '0.27%')).toBe(true);
  });
});

describe('changeDigit', () => {
  test('makes a digit the next one', () => {
    expect([changeDigit('5,366', 0), changeDigit('5,366', 4), changeDigit('100%', 1)]).toEqual([
      '6,366',
      '5,367',
      '110%',
    ]);
  });
  test('never makes a leading digit a leading zero', () => {
    expect([changeDigit('95', 0), changeDigit('9,505', 0), changeDigit('0.27', 0)]).toEqual([
      '15',
      '1,505',
      '1.27',
    ]);
  });
  test('a lone 9 becomes 0, a figure of its own', () => {
    expect(changeDigit('9', 0)).toBe('0');
  });
});

describe('figureCells', () => {
  test('finds each role’s column from the raw cells of every row, the Total row last', () => {
    const cells = figureCells(DOC, ROWS, TOTAL);
    expect(cells.filter((c) => c.role === 'delegates').map((c) => [c.line, c.text, c.total])).toEqual([
      [3, '9', false],
      [4, '0', false],
      [5, '—', false],
      [6, '0', false],
      [7, '9', true],
    ]);
    expect(cells).toHaveLength(15);
  });
  test('skips a role no row has a cell for', () => {
    const rows = ROWS.map((r) => ({ line: r.line, raw: { ...r.raw, delegates: null } }));
    expect(
      figureCells(DOC, rows, { line: 7, raw: { ...TOTAL.raw, delegates: null } }).some(
        (c) => c.role === 'delegates',
      ),
    ).toBe(false);
  });
  test('throws when no single column holds a role’s raw cells', () => {
    expect(() => figureCells(DOC, [row(3, '5,367', '50.82', '9')], TOTAL)).toThrow(
      /votes column is not found/,
    );
  });
});

describe('mutantsOf', () => {
  const cells = figureCells(DOC, ROWS, TOTAL);
  const mutants = mutantsOf(DOC, cells);
  const byLabel = (label: string): Mutant => {
    const m = mutants.find((x) => x.label === label);
    if (!m) throw new Error(`no mutant ${label}`);
    return m;
  };

  test('changes every digit of every figure cell once', () => {
    const digits = cells.reduce((n, c) => n + (c.text.match(/\d/g)?.length ?? 0), 0);
    expect(mutants.filter((m) => m.kind === 'digit')).toHaveLength(digits);
  });
  test('blanks each cell, and writes — and n/a in it', () => {
    for (const kind of ['blank', 'dash', 'n/a'] as const) {
      expect(mutants.filter((m) => m.kind === kind)).toHaveLength(cells.length);
    }
    expect(byLabel('line 3 votes "5,366" → ""').text.split('\n')[2]).toBe('| John Kerry |  | 50.82 | 9 |');
    expect(byLabel('line 3 votes "5,366" → "n/a"').text.split('\n')[2]).toBe(
      '| John Kerry | n/a | 50.82 | 9 |',
    );
  });
  test('swaps each cell with the next row’s, the last candidate’s with the Total’s', () => {
    expect(mutants.filter((m) => m.kind === 'swap')).toHaveLength(cells.length - 3);
    const lastWithTotal = byLabel('line 6 votes "28" → "6,653", line 7 (Total) votes "6,653" → "28"');
    expect(lastWithTotal.text.split('\n').slice(5)).toEqual([
      '| Joe Lieberman | 6,653 | 0.27 | 0 |',
      '| Total | 28 | 100% | 9 |',
    ]);
  });
  test('changes nothing but the mutated cell', () => {
    const m = byLabel('line 4 percent "11.66" → "21.66"');
    const before = DOC.split('\n');
    const after = m.text.split('\n');
    expect(after.filter((l, i) => l !== before[i])).toEqual(['| Howard Dean | 1,231 | 21.66 | 0 |']);
  });
  test('names the mutants that mean what the original means, with the reason', () => {
    const same = mutants.filter((m) => m.sameMeaning !== null).map((m) => [m.label, m.sameMeaning]);
    expect(same).toEqual([
      ['line 5 votes "28" → "28", line 6 votes "28" → "28"', 'the two votes cells say the same ("28", "28")'],
      [
        'line 5 percent "0.27" → "0.27", line 6 percent "0.27" → "0.27"',
        'the two percent cells say the same ("0.27", "0.27")',
      ],
      ['line 4 delegates "0" → ""', 'a delegates cell with no figure means none, as "0" does'],
      ['line 4 delegates "0" → "—"', 'a delegates cell with no figure means none, as "0" does'],
      ['line 4 delegates "0" → "n/a"', 'a delegates cell with no figure means none, as "0" does'],
      [
        'line 4 delegates "0" → "—", line 5 delegates "—" → "0"',
        'the two delegates cells say the same ("0", "—")',
      ],
      ['line 5 delegates "—" → ""', 'a delegates cell with no figure means none, as "—" does'],
      ['line 5 delegates "—" → "—"', 'the cell already reads so'],
      ['line 5 delegates "—" → "n/a"', 'a delegates cell with no figure means none, as "—" does'],
      [
        'line 5 delegates "—" → "0", line 6 delegates "0" → "—"',
        'the two delegates cells say the same ("—", "0")',
      ],
      ['line 6 delegates "0" → ""', 'a delegates cell with no figure means none, as "0" does'],
      ['line 6 delegates "0" → "—"', 'a delegates cell with no figure means none, as "0" does'],
      ['line 6 delegates "0" → "n/a"', 'a delegates cell with no figure means none, as "0" does'],
    ]);
  });
  test('a blanked count, even of 0, changes the meaning: unread is not none', () => {
    const doc = DOC.replace('| 28 | 0.27 | — |', '| 0 | 0.27 | — |');
    const zero = mutantsOf(
      doc,
      figureCells(doc, [...ROWS.slice(0, 2), row(5, '0', '0.27', '—'), ROWS[3] as RowCells], TOTAL),
    );
    expect(zero.find((m) => m.label === 'line 5 votes "0" → ""')?.sameMeaning).toBeNull();
  });
});

describe('ratesByKind and ratesTable', () => {
  const judged = [
    { kind: 'digit' as const, verdict: 'caught' as const },
    { kind: 'digit' as const, verdict: 'caught' as const },
    { kind: 'blank' as const, verdict: 'caught' as const },
    { kind: 'blank' as const, verdict: 'silent' as const },
    { kind: 'blank' as const, verdict: 'same-meaning' as const },
    { kind: 'swap' as const, verdict: 'misread' as const },
  ];
  test('count the same-meaning mutants apart: neither caught nor missed', () => {
    expect(ratesByKind(judged)).toEqual([
      { kind: 'digit', mutants: 2, sameMeaning: 0, catchable: 2, caught: 2, rate: 1 },
      { kind: 'blank', mutants: 3, sameMeaning: 1, catchable: 2, caught: 1, rate: 0.5 },
      { kind: 'dash', mutants: 0, sameMeaning: 0, catchable: 0, caught: 0, rate: null },
      { kind: 'n/a', mutants: 0, sameMeaning: 0, catchable: 0, caught: 0, rate: null },
      { kind: 'swap', mutants: 1, sameMeaning: 0, catchable: 1, caught: 0, rate: 0 },
    ]);
  });
  test('write a Markdown table with a row per kind and one for all', () => {
    expect(ratesTable(ratesByKind(judged)).split('\n')).toEqual([
      '| Mutation of one figure cell | Mutants | Same meaning | Catchable | Caught | Caught rate |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| a digit changed | 2 | 0 | 2 | 2 | 100.0% |',
      '| blanked | 3 | 1 | 2 | 1 | 50.0% |',
      '| `—` | 0 | 0 | 0 | 0 | — |',
      '| `n/a` | 0 | 0 | 0 | 0 | — |',
      "| swapped with the next row's | 1 | 0 | 1 | 0 | 0.0% |",
      '| all | 6 | 1 | 5 | 3 | 60.0% |',
    ]);
  });
});

describe('statesTheWhole', () => {
  test('a Total percent states the whole when it is 100 or the rows’ stated percents added up', () => {
    const rows = ['50.82', '23.70', '25.49'];
    expect(
      ['100%', '100.00', '100.01%', '101%', '100.10%', '99.99%', ''].map((t) => statesTheWhole(t, rows)),
    ).toEqual([true, true, true, false, false, false, false]);
  });
  test('a mutant of the Total percent to the rows’ sum means the same, with the reason', () => {
    const doc = [
      '| Candidate | Votes | % |',
      '| A | 5,000 | 50.00 |',
      '| B | 3,000 | 30.00 |',
      '| C | 2,001 | 20.01 |',
      '| Total | 10,001 | 100.00 |',
    ].join('\n');
    const rows = [
      row(2, '5,000', '50.00', ''),
      row(3, '3,000', '30.00', ''),
      row(4, '2,001', '20.01', ''),
    ].map((r) => ({
      ...r,
      raw: { ...r.raw, delegates: null },
    }));
    const total = { line: 5, raw: { votes: '10,001', percent: '100.00', delegates: null } };
    const totals = mutantsOf(doc, figureCells(doc, rows, total)).filter(
      (m) => m.kind === 'digit' && m.changes[0]?.total && m.changes[0].role === 'percent',
    );
    expect(totals.map((m) => [m.changes[0]?.after, m.sameMeaning])).toEqual([
      ['200.00', null],
      ['110.00', null],
      ['101.00', null],
      ['100.10', null],
      [
        '100.01',
        'a Total percent of "100.01" states the whole as "100.00" does (the rows\' percents add up to it)',
      ],
    ]);
  });
});
