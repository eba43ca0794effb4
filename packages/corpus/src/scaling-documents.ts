// Single documents of the seed family grown to a given size in one direction at a time, to see whether
// parse + audit time stays linear in the size of one document (issue 7), not only across many.

/** What grows: the results table's rows, the prose, the later tables, or one line without an end. */
export const SHAPES = ['rows', 'prose', 'tables', 'long line'] as const;
export type Shape = (typeof SHAPES)[number];

/** Byte sizes to grow each shape to: 16 KiB to just under the parser's 4 MiB limit. */
export const SCALING_SIZES = [2 ** 14, 2 ** 16, 2 ** 18, 2 ** 20, 2 ** 21, 2 ** 22 - 2 ** 18];

const TITLE = '= 2004 Iowa Democratic presidential caucuses =';

const INFOBOX = [
  'Infobox',
  '- Election Name: 2004 Iowa Democratic presidential caucuses',
  '- Election Date: 2004-01-19',
  '- Votes For Election: 45 pledged delegates to the 2004 Democratic National Convention',
  '- Candidate1: John Kerry',
  '- Delegate Count1: 20',
  '- Popular Vote1: 4,000',
  '- Percentage1: 40.00%',
];

/** Five rows that add up: 10,000 votes, 45 delegates, two-decimal shares. */
const ROWS: [string, number, number][] = [
  ['John Kerry', 4_000, 20],
  ['John Edwards', 3_000, 15],
  ['Howard Dean', 2_000, 10],
  ['Dennis Kucinich', 700, 0],
  ['Uncommitted', 300, 0],
];

const encoder = new TextEncoder();
/** UTF-8 bytes, as the document is read from a file. */
const byteLength = (text: string) => encoder.encode(text).byteLength;
const count = (n: number) => n.toLocaleString('en-US');
const share = (votes: number, total: number) => ((votes / total) * 100).toFixed(2);

function resultsTable(rows: [string, number, number][]): string[] {
  const votes = rows.reduce((s, r) => s + r[1], 0);
  const delegates = rows.reduce((s, r) => s + r[2], 0);
  return [
    '==Results==',
    '| Candidate | Votes | % | Delegates |',
    ...rows.map(([name, v, d]) => `| ${name} | ${count(v)} | ${share(v, votes)} | ${d} |`),
    `| Total | ${count(votes)} | 100% | ${delegates} |`,
  ];
}

/** Repeats `unit(i)` for i = 0, 1, ... until `head` and the units reach `bytes`, then closes with `tail`. */
function grow(head: string[], unit: (i: number) => string, bytes: number, tail: string[] = []): string {
  const lines = [...head];
  let size = byteLength(lines.join('\n')) + byteLength(tail.join('\n')) + 2;
  for (let i = 0; size < bytes; i++) {
    const line = unit(i);
    lines.push(line);
    size += byteLength(line) + 1;
  }
  return `${[...lines, ...tail].join('\n')}\n`;
}

/**
 * A document of about `bytes` bytes (never more than 512 bytes over) that grows by `shape`: `rows`, a
 * results table of ever more candidates; `prose`, paragraphs of sentences stating shares and counts
 * the audit checks against the table; `tables`, county tables after the results, each with its Total
 * row; `long line`, one paragraph line with no line break in it.
 */
export function scalingDocument(shape: Shape, bytes: number): string {
  const intro = [TITLE, '', ...INFOBOX, ''];
  switch (shape) {
    case 'rows': {
      // Ever more candidates, each with fewer votes than the one before: sorted, and no row repeats.
      const head = [...intro, '==Results==', '| Candidate | Votes | % | Delegates |'];
      const rows: string[] = [];
      let size = byteLength(head.join('\n'));
      for (let i = 0; size < bytes - 64; i++) {
        const row = `| Candidate ${String(i).padStart(6, '0')} | ${count(9_000_000 - i)} | 0.01 | 0 |`;
        rows.push(row);
        size += byteLength(row) + 1;
      }
      return `${[...head, ...rows, '| Total | – | 100% | 0 |'].join('\n')}\n`;
    }
    case 'prose':
      return grow(
        [...intro, ...resultsTable(ROWS), '', '==Analysis=='],
        (i) =>
          `In round ${i + 1} John Kerry won ${share(4_000, 10_000)}% of the vote, 4,000 votes and 20 delegates; Howard Dean took 20% and 10 delegates, under a 15% threshold.`,
        bytes,
      );
    case 'tables':
      return grow(
        [...intro, ...resultsTable(ROWS), '', '==By county=='],
        (i) =>
          [
            `| County ${i + 1} | Kerry | Edwards | Dean |`,
            `| Ward ${i + 1}A | 410 | 300 | 210 |`,
            `| Ward ${i + 1}B | 390 | 300 | 190 |`,
            '| Total | 800 | 600 | 400 |',
            '',
          ].join('\n'),
        bytes,
      );
    case 'long line': {
      const head = `${[...intro, ...resultsTable(ROWS), '', '==Analysis=='].join('\n')}\n`;
      const words = 'Kerry won 40.00% of 10,000 votes and 20 delegates in Iowa, ahead of Edwards. ';
      const room = Math.max(0, bytes - byteLength(head) - 1);
      return `${head}${words.repeat(Math.ceil(room / words.length)).slice(0, room)}\n`;
    }
  }
}
