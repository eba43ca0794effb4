import { classifyHeader } from '../parse/columns.js';
import type { Contest, Totals } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

const ordinal = (n: number) => `column ${n + 1}`;

/** Columns of figures the parser did not read: a header it cannot place, a second column of a role, an unlabelled one. */
export function checkColumnsUnread(contest: Contest): Finding[] {
  const line = contest.reading.header ?? contest.lines.resultsTable;
  return contest.reading.columns
    .filter((c) => c.role === 'unread')
    .map((c) => {
      const role = c.header === null || c.header === '' ? null : classifyHeader(c.header);
      const what =
        c.header === null || c.header === ''
          ? `The unlabelled ${ordinal(c.index)} of the results table holds figures`
          : role !== null && role !== 'name'
            ? `The column "${c.header}" (${ordinal(c.index)}) is a second ${role === 'count' ? 'count' : role} column, whose figures`
            : `The column "${c.header}" (${ordinal(c.index)}) holds figures`;
      return finding(
        'column-unread',
        'warning',
        `${what} the parser does not read: they are in no result, total or check.`,
        [line],
      );
    });
}

/** A results table without a header row: say how its columns were read. */
export function checkHeaderMissing(contest: Contest): Finding[] {
  if (contest.reading.header !== null) return [];
  const read = contest.reading.columns
    .filter((c) => c.role !== 'text' && c.role !== 'empty')
    .map((c) => `${ordinal(c.index)} as ${c.role === 'count' ? (contest.unit ?? 'count') : c.role}`);
  return [
    finding(
      'header-missing',
      'warning',
      `The results table has no header row, so its columns were read from their figures: ${read.join(', ')}.`,
      [contest.lines.resultsTable],
    ),
  ];
}

/** Counts written with dots for thousands (`5.366`), read as thousands: worth saying. */
export function checkDotGrouped(contest: Contest): Finding[] {
  if (contest.reading.thousands !== 'dot') return [];
  const first = contest.results.find((r) => r.raw.votes?.includes('.'));
  return [
    finding(
      'counts-dot-grouped',
      'info',
      `The count column writes thousands with dots (${first ? `"${first.raw.votes}" is ${formatCount(first.votes ?? 0)}` : 'every count so'}): read as thousands, since no count in it is written otherwise.`,
      [first?.line ?? contest.lines.resultsTable],
    ),
  ];
}

const figures = (t: Totals) => [t.votes, t.percent, t.delegates];

/** Two Total rows of the results table that state different figures. */
export function checkTotalRows(contest: Contest): Finding[] {
  const [first, ...others] = contest.reading.totalRows;
  if (first === undefined) return [];
  return others
    .filter((other) =>
      figures(first).some((value, i) => {
        const that = figures(other)[i] ?? null;
        return value !== null && that !== null && Math.abs(value - that) > 1e-9;
      }),
    )
    .map((other) =>
      finding(
        'total-rows-disagree',
        'error',
        `The results table has two Total rows that disagree (line ${first.line}: ${figures(first)
          .filter((v) => v !== null)
          .map(formatCount)
          .join(', ')}; line ${other.line}: ${figures(other)
          .filter((v) => v !== null)
          .map(formatCount)
          .join(', ')}); the first is the one read.`,
        [other.line, first.line],
      ),
    );
}

/** Rows with figures below the Total row: not read as results, so named. */
export function checkRowsAfterTotal(contest: Contest): Finding[] {
  const rows = contest.reading.rowsAfterTotal;
  if (rows.length === 0) return [];
  return [
    finding(
      'rows-after-total',
      'warning',
      `${rows.length === 1 ? 'A row' : `${rows.length} rows`} with figures ${rows.length === 1 ? 'stands' : 'stand'} after the Total row (${rows
        .map(
          (r) =>
            `"${r.cells
              .filter((c) => c !== '')
              .join(' | ')
              .slice(0, 60)}"`,
        )
        .join(', ')}): not read as results.`,
      [...rows.map((r) => r.line), contest.totals.line],
    ),
  ];
}

/** Another table that reads as the statewide results too, or one with a Total row that could not be read. */
export function checkOtherResultTables(contest: Contest): Finding[] {
  const out: Finding[] = [];
  for (const table of contest.tables) {
    if (table.role === 'possible-results') {
      out.push(
        finding(
          'results-table-ambiguous',
          'warning',
          `The table at line ${table.line} could also be the statewide results: the results are read from the table at line ${contest.lines.resultsTable}, the first of them.`,
          [table.line, contest.lines.resultsTable],
        ),
      );
    } else if (table.role === 'other' && table.scope !== null) {
      out.push(
        finding(
          'results-table-unread',
          'warning',
          `The table at line ${table.line} has a Total row but is ${table.scope.replace(/^not readable/, 'not readable')}; the results are read from the table at line ${contest.lines.resultsTable}.`,
          [table.line, contest.lines.resultsTable],
        ),
      );
    }
  }
  return out;
}

/** Two statements of the date that disagree: the infobox, a labelled line, the prose. */
export function checkDates(contest: Contest): Finding[] {
  const dates = contest.reading.dates;
  const used = dates.find((d) => d.line === contest.lines.date) ?? dates[0];
  if (used === undefined) return [];
  const others = dates.filter((d) => d.date !== used.date);
  if (others.length === 0) return [];
  const where = { infobox: 'the infobox', labelled: 'a date line', prose: 'the prose' } as const;
  return [
    finding(
      'date-mismatch',
      'warning',
      `${where[used.source]} gives the date as ${used.date} ("${used.text}"), but ${others.map((d) => `${where[d.source]} says ${d.date} ("${d.text}", line ${d.line})`).join(' and ')}.`,
      [...others.map((d) => d.line), used.line],
    ),
  ];
}
