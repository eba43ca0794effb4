import type { Table } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { classifyHeader } from './columns.js';
import type { SourceLine } from './lines.js';
import { type Results, readResults } from './results.js';
import type { RawTable } from './structure.js';
import { outOfScope } from './table-scope.js';
import { isTotalRow, type ReadTable, readTable } from './tables.js';
import type { TitleFacts } from './title.js';

export type TableRole = { role: Table['role']; scope: string | null };

export type Chosen =
  | { ok: true; results: Results; at: number; roles: TableRole[]; tables: Table[] }
  | { ok: false; error: ParseError };

/** Does a table look like results (a column of figures), even without its Total row? */
function looksLikeResults(t: Table): boolean {
  return (t.header?.cells ?? []).some((c) => {
    const role = classifyHeader(c);
    return role === 'count' || role === 'percent';
  });
}

/**
 * Why a table is not the statewide result of the titled contest: its caption, title row or headings
 * say. `seen` keeps each text's answer for the document: its tables share headings, and often captions.
 */
function scopeOf(
  table: ReadTable,
  raw: RawTable,
  facts: TitleFacts,
  seen: Map<string, string | null>,
): string | null {
  const caption = table.table.caption;
  for (let i = 0; i <= raw.headings.length; i++) {
    const text = i < raw.headings.length ? (raw.headings[i] as string) : caption;
    if (!text) continue;
    let why = seen.get(text);
    if (why === undefined) {
      why = outOfScope(text, facts);
      seen.set(text, why);
    }
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
  raw: readonly RawTable[],
  facts: TitleFacts,
  lines: readonly SourceLine[],
): Chosen {
  const roles: TableRole[] = [];
  // Each table is read and judged in turn, and only what it gives the contest is kept: its rows'
  // working copies (cells with their columns) go as soon as it is judged, not with the document.
  const tables: Table[] = [];
  let chosen: { results: Results; at: number } | null = null;
  let firstError: ParseError | null = null;
  const passedOver: string[] = [];
  const seen = new Map<string, string | null>();
  for (let i = 0; i < raw.length; i++) {
    const table = readTable(raw[i] as RawTable);
    tables.push(table.table);
    roles.push({ role: 'other', scope: null });
    const totalAt = table.body.findIndex(isTotalRow);
    if (totalAt < 0) continue;
    const scope = scopeOf(table, raw[i] as RawTable, facts, seen);
    if (scope !== null) {
      roles[i] = { role: 'other-scope', scope };
      passedOver.push(`line ${table.table.line} (${scope})`);
      continue;
    }
    const read = readResults(table, totalAt);
    if (!read.ok) {
      firstError ??= read.error;
      // A table of delegates alone (no votes, no shares) is an allocation table, not results left unread.
      const noFigures =
        read.error.code === 'column-missing' && read.error.message.includes('no column of figures');
      roles[i] = {
        role: 'other',
        scope: noFigures ? null : `not readable as results: ${read.error.message}`,
      };
      continue;
    }
    if (chosen === null) {
      chosen = { results: read.results, at: i };
      roles[i] = { role: 'results', scope: null };
    } else {
      roles[i] = { role: 'possible-results', scope: null };
    }
  }
  const found = chosen as { results: Results; at: number } | null;
  if (found !== null) return { ok: true, results: found.results, at: found.at, roles, tables };
  if (firstError !== null) return { ok: false, error: firstError };
  const likely = tables.find((t, i) => looksLikeResults(t) && roles[i]?.role !== 'other-scope');
  const lastLine = lines.findLast((l) => l.text.trim() !== '')?.number ?? 0;
  if (likely && likely.endLine === lastLine) {
    return {
      ok: false,
      error: {
        code: 'table-truncated',
        message:
          'The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".',
        line: likely.endLine,
      },
    };
  }
  if (passedOver.length > 0) {
    return {
      ok: false,
      error: {
        code: 'results-table-missing',
        message: `No statewide results table for ${facts.year} ${facts.state} ${facts.party}: the tables with a Total row are for another scope: ${passedOver.join('; ')}. Expected a table of the contest the title names.`,
        line: tables.find((_, i) => roles[i]?.role === 'other-scope')?.line ?? 0,
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'results-table-missing',
      message: likely
        ? `The table at line ${likely.line} has no Total row: expected a results table ending with a row named "Total" or "Totals".`
        : 'No results table: expected a pipe table with a header row (such as "| Candidate | Votes | % |") and a Total row.',
      line: likely?.line ?? 0,
    },
  };
}
