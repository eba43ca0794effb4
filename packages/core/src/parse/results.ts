import type { ResultRow, Totals } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { type Columns, findColumns } from './columns.js';
import { readCandidateName } from './names.js';
import { readNumber } from './numbers.js';
import { isTotalRow, type ReadTable, type Row } from './tables.js';

export interface Results {
  unit: string | null;
  rows: ResultRow[];
  totals: Totals;
}

export type ResultsRead = { ok: true; results: Results } | { ok: false; error: ParseError };

const fail = (error: ParseError): ResultsRead => ({ ok: false, error });

function bodyNumeric(rows: Row[], i: number): boolean {
  let numeric = 0;
  let filled = 0;
  for (const r of rows) {
    const c = r.cells[i];
    if (c === undefined || c === '') continue;
    filled++;
    if (readNumber(c).kind !== 'invalid') numeric++;
  }
  return filled > 0 && numeric * 2 > filled;
}

interface Figure {
  value: number | null;
  raw: string | null;
}

/** Reads one numeric cell, or says which cell is not a number. */
function figure(row: Row, col: number, label: string): Figure | ParseError {
  if (col < 0) return { value: null, raw: null };
  const raw = row.cells[col] ?? '';
  const n = readNumber(raw);
  if (n.kind === 'invalid') {
    return {
      code: 'cell-not-numeric',
      message: `The ${label} cell "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}" is not a number: expected digits with optional thousands separators and decimals${label === 'percent' ? ' and a % sign' : ''}, or a dash for none.`,
      line: row.line,
      ...(row.columns[col] !== undefined ? { column: row.columns[col] } : {}),
    };
  }
  return { value: n.kind === 'number' ? n.value : null, raw: raw === '' ? null : raw };
}

const isError = (f: Figure | ParseError): f is ParseError => 'code' in f;

/**
 * Reads the results table: the rows above its Total row, in table order, and the Total row.
 * Columns come from the header's words; a table may lack delegates, or counts, but not both figures.
 */
export function readResults(read: ReadTable): ResultsRead {
  const { header, body } = read;
  const totalAt = body.findIndex(isTotalRow);
  const rows = body.slice(0, totalAt < 0 ? body.length : totalAt);
  const total = totalAt < 0 ? undefined : body[totalAt];
  const width = Math.max(header?.cells.length ?? 0, ...body.map((r) => r.cells.length));
  const cols: Columns = findColumns(header ? header.cells : null, width, (i) => bodyNumeric(rows, i));
  const headerLine = header?.line ?? read.table.line;
  if (cols.name < 0) {
    return fail({
      code: 'column-missing',
      message:
        'The results table has no candidate column: expected a header such as "Candidate" or a column of names.',
      line: headerLine,
    });
  }
  if (cols.count < 0 && cols.percent < 0) {
    return fail({
      code: 'column-missing',
      message: `The results table has no column of figures: expected a header such as "Votes", "Popular vote", "State delegate equivalents" or "%"${header ? `; found ${header.cells.map((c) => `"${c}"`).join(', ')}` : ''}.`,
      line: headerLine,
    });
  }
  const needed = Math.max(cols.name, cols.count, cols.percent, cols.delegates) + 1;
  for (const row of total ? [...rows, total] : rows) {
    if (row.cells.length < needed && (!row.closed || row === body[body.length - 1])) {
      return fail({
        code: 'table-truncated',
        message: `The results table is cut off at this row: expected ${needed} cells, found ${row.cells.length}${row.closed ? '' : ' and no closing "|"'}.`,
        line: row.line,
      });
    }
  }
  const out: ResultRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const nameCell = row.cells[cols.name] ?? '';
    const name = readCandidateName(nameCell);
    const votes = figure(row, cols.count, cols.unit ?? 'count');
    if (isError(votes)) return fail(votes);
    const percent = figure(row, cols.percent, 'percent');
    if (isError(percent)) return fail(percent);
    const delegates = figure(row, cols.delegates, 'delegates');
    if (isError(delegates)) return fail(delegates);
    if (name === null) {
      if (votes.raw === null && percent.raw === null && delegates.raw === null) continue;
      return fail({
        code: 'candidate-missing',
        message:
          'This results row has figures but no candidate name: expected a name in the candidate column.',
        line: row.line,
        ...(row.columns[cols.name] !== undefined ? { column: row.columns[cols.name] } : {}),
      });
    }
    const before = seen.get(name.candidateId);
    if (before !== undefined) {
      return fail({
        code: 'candidate-duplicate',
        message: `"${name.candidate}" is listed twice in the results table (lines ${before} and ${row.line}): expected one row per candidate.`,
        line: row.line,
      });
    }
    seen.set(name.candidateId, row.line);
    out.push({
      ...name,
      votes: votes.value,
      percent: percent.value,
      delegates: delegates.value,
      raw: { votes: votes.raw, percent: percent.raw, delegates: delegates.raw },
      line: row.line,
    });
  }
  if (out.length === 0) {
    return fail({
      code: 'results-table-missing',
      message:
        'The results table has a Total row but no candidate rows above it: expected one row per candidate.',
      line: total?.line ?? read.table.line,
    });
  }
  if (!total) {
    return fail({
      code: 'table-truncated',
      message: 'The results table ends without its Total row: expected a row named "Total" or "Totals".',
      line: read.table.endLine,
    });
  }
  const tVotes = figure(total, cols.count, cols.unit ?? 'count');
  if (isError(tVotes)) return fail(tVotes);
  const tPercent = figure(total, cols.percent, 'percent');
  if (isError(tPercent)) return fail(tPercent);
  const tDelegates = figure(total, cols.delegates, 'delegates');
  if (isError(tDelegates)) return fail(tDelegates);
  return {
    ok: true,
    results: {
      unit: cols.count >= 0 ? cols.unit : null,
      rows: out,
      totals: {
        votes: tVotes.value,
        percent: tPercent.value,
        delegates: tDelegates.value,
        raw: { votes: tVotes.raw, percent: tPercent.raw, delegates: tDelegates.raw },
        line: total.line,
      },
    },
  };
}
