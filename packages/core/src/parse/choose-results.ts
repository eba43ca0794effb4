import type { Table } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { classifyHeader } from './columns.js';
import type { SourceLine } from './lines.js';
import { type Results, readResults } from './results.js';
import type { RawTable } from './structure.js';
import { outOfScope } from './table-scope.js';
import { isTotalRow, type ReadTable } from './tables.js';
import type { TitleFacts } from './title.js';

export type TableRole = { role: Table['role']; scope: string | null };

export type Chosen =
  | { ok: true; results: Results; at: number; roles: TableRole[] }
  | { ok: false; error: ParseError };

/** Does a table look like results (a column of figures), even without its Total row? */
function looksLikeResults(t: ReadTable): boolean {
  return (t.header?.cells ?? []).some((c) => {
    const role = classifyHeader(c);
    return role === 'count' || role === 'percent';
  });
}

/** Why a table is not the statewide result of the titled contest: its caption, title row or headings say. */
function scopeOf(table: ReadTable, raw: RawTable, facts: TitleFacts): string | null {
  const texts = [...raw.headings, ...(table.table.caption ? [table.table.caption] : [])];
  for (const text of texts) {
    const why = outOfScope(text, facts);
    if (why !== null) return `${why}, per "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
  }
  return null;
}

/**
 * Finds the statewide results among the tables: those with a Total row, less those whose caption or
 * headings put them in another year, state or party or a part of the state, read in document order.
 * The first that reads is the results; any other that also reads could be them too (reported by the
 * audit); one that does not read is passed over with its reason. When none reads, the first one's
 * error; when no table is in scope, an error that names the tables passed over and why.
 */
export function chooseResults(
  tables: readonly ReadTable[],
  raw: readonly RawTable[],
  facts: TitleFacts,
  lines: readonly SourceLine[],
): Chosen {
  const roles: TableRole[] = tables.map(() => ({ role: 'other', scope: null }));
  let chosen: { results: Results; at: number } | null = null;
  let firstError: ParseError | null = null;
  const passedOver: string[] = [];
  tables.forEach((table, i) => {
    const totalAt = table.body.findIndex(isTotalRow);
    if (totalAt < 0) return;
    const scope = scopeOf(table, raw[i] as RawTable, facts);
    if (scope !== null) {
      roles[i] = { role: 'other-scope', scope };
      passedOver.push(`line ${table.table.line} (${scope})`);
      return;
    }
    const read = readResults(table, totalAt);
    if (!read.ok) {
      firstError ??= read.error;
      roles[i] = { role: 'other', scope: `not readable as results: ${read.error.message}` };
      return;
    }
    if (chosen === null) {
      chosen = { results: read.results, at: i };
      roles[i] = { role: 'results', scope: null };
    } else {
      roles[i] = { role: 'possible-results', scope: null };
    }
  });
  const found = chosen as { results: Results; at: number } | null;
  if (found !== null) return { ok: true, results: found.results, at: found.at, roles };
  if (firstError !== null) return { ok: false, error: firstError };
  const likely = tables.find((t, i) => looksLikeResults(t) && roles[i]?.role !== 'other-scope');
  const lastLine = lines.findLast((l) => l.text.trim() !== '')?.number ?? 0;
  if (likely && likely.table.endLine === lastLine) {
    return {
      ok: false,
      error: {
        code: 'table-truncated',
        message:
          'The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".',
        line: likely.table.endLine,
      },
    };
  }
  if (passedOver.length > 0) {
    return {
      ok: false,
      error: {
        code: 'results-table-missing',
        message: `No statewide results table for ${facts.year} ${facts.state} ${facts.party}: the tables with a Total row are for another scope: ${passedOver.join('; ')}. Expected a table of the contest the title names.`,
        line: tables.find((_, i) => roles[i]?.role === 'other-scope')?.table.line ?? 0,
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'results-table-missing',
      message: likely
        ? `The table at line ${likely.table.line} has no Total row: expected a results table ending with a row named "Total" or "Totals".`
        : 'No results table: expected a pipe table with a header row (such as "| Candidate | Votes | % |") and a Total row.',
      line: likely?.table.line ?? 0,
    },
  };
}
