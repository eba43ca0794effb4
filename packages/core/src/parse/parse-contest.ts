import type { Contest, Table } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { classifyHeader } from './columns.js';
import { readDate } from './dates.js';
import { decodeDocument } from './decode.js';
import { readDelegateCounts } from './delegate-counts.js';
import { field, readInfoboxCandidates } from './infobox.js';
import { splitLines } from './lines.js';
import { slugify } from './names.js';
import { readResults } from './results.js';
import { sha256Hex } from './sha256.js';
import { heading, readStructure } from './structure.js';
import { isTotalRow, type ReadTable, readTable } from './tables.js';
import { readTitle } from './title.js';
import { schemaError } from './valid-contest.js';

export interface ParseOptions {
  /** The file name to record in `source.file` (defaults to `<input>`). */
  file?: string;
}

export type ParseResult = { ok: true; contest: Contest } | { ok: false; error: ParseError };

const fail = (error: ParseError): ParseResult => ({ ok: false, error });

/** Does a table look like results (a column of figures), even without its Total row? */
function looksLikeResults(t: ReadTable): boolean {
  return (t.header?.cells ?? []).some((c) => {
    const role = classifyHeader(c);
    return role === 'count' || role === 'percent';
  });
}

/**
 * Reads one document of the family into a `Contest`, or says why it cannot: never throws.
 * The contest's `findings` are empty; the audit fills them.
 */
export function parseContest(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeDocument(input);
  if (!decoded.ok) return decoded;
  const lines = splitLines(decoded.text);
  const doc = readStructure(lines);

  if (!doc.title) {
    const first = lines.find((l) => l.text.trim() !== '');
    return fail({
      code: 'title-missing',
      message:
        'The document has no title line: expected its first line to read like "= 2004 Iowa Democratic presidential caucuses =".',
      line: first?.number ?? 1,
    });
  }
  const titleText = heading(doc.title.text)?.title ?? doc.title.text.trim();
  const title = readTitle(titleText);
  if (!title.ok) {
    return fail({
      code: 'title-unrecognized',
      message: `The title "${titleText.length > 80 ? `${titleText.slice(0, 80)}…` : titleText}" does not name a contest: ${title.reason}, as in "2004 Iowa Democratic presidential caucuses".`,
      line: doc.title.number,
    });
  }
  const facts = title.facts;

  const tables = doc.tables.map(readTable);
  const resultsAt = tables.findIndex((t) => t.body.some(isTotalRow));
  if (resultsAt < 0) {
    const likely = tables.find(looksLikeResults);
    const lastLine = lines.findLast((l) => l.text.trim() !== '')?.number ?? 0;
    if (likely && likely.table.endLine === lastLine) {
      return fail({
        code: 'table-truncated',
        message:
          'The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".',
        line: likely.table.endLine,
      });
    }
    return fail({
      code: 'results-table-missing',
      message: likely
        ? `The table at line ${likely.table.line} has no Total row: expected a results table ending with a row named "Total" or "Totals".`
        : 'No results table: expected a pipe table with a header row (such as "| Candidate | Votes | % |") and a Total row.',
      line: likely?.table.line ?? 0,
    });
  }
  const resultsTable = tables[resultsAt] as ReadTable;
  const results = readResults(resultsTable);
  if (!results.ok) return results;

  const dateField = field(doc.fields, /^(?:election\s*)?date$/i) ?? field(doc.fields, /date/i);
  const date = dateField ? readDate(dateField.value, facts.year) : null;
  const electionName = field(doc.fields, /^(?:election\s*name|name)$/i);
  const allTables: Table[] = tables.map((t, i) => ({ ...t.table, isResults: i === resultsAt }));

  const contest: Contest = {
    id: `${facts.year}-${facts.stateCode.toLowerCase()}-${slugify(facts.party)}-${facts.type}`,
    title: titleText,
    year: facts.year,
    state: facts.state,
    stateCode: facts.stateCode,
    party: facts.party,
    raceId: `${facts.year}-${slugify(facts.party)}`,
    type: facts.type,
    date,
    unit: results.results.unit,
    delegates: readDelegateCounts(doc.fields),
    results: results.results.rows,
    totals: results.results.totals,
    infobox: {
      line: doc.infoboxLine,
      electionName: electionName?.value || null,
      fields: doc.fields.map((f) => ({ key: f.key, value: f.value, line: f.line })),
      candidates: readInfoboxCandidates(doc.fields),
    },
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    lists: doc.lists,
    tables: allTables,
    findings: [],
    lines: {
      title: doc.title.number,
      date: date ? (dateField?.line ?? null) : null,
      resultsTable: resultsTable.table.line,
    },
    source: {
      file: options.file ?? '<input>',
      sha256: sha256Hex(decoded.bytes),
      bytes: decoded.bytes.byteLength,
      lines: lines.length,
    },
  };
  const invalid = schemaError(contest);
  return invalid ? fail(invalid) : { ok: true, contest };
}
