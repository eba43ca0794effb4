import type { Contest, DelegateCounts, ResultRow, Table } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { chooseResults } from './choose-results.js';
import { readDateStatements } from './date-statements.js';
import { decodeDocument } from './decode.js';
import { mergeDelegateCounts, readDelegateCounts, readProseDelegateCounts } from './delegate-counts.js';
import { field, readInfoboxCandidates } from './infobox.js';
import { splitLines } from './lines.js';
import { slugify } from './names.js';
import { sha256Hex } from './sha256.js';
import { type DocumentStructure, heading, readStructure } from './structure.js';
import { type ReadTable, readTable } from './tables.js';
import { readTitle } from './title.js';
import { schemaError } from './valid-contest.js';

export interface ParseOptions {
  /** The file name to record in `source.file` (defaults to `<input>`). */
  file?: string;
}

export type ParseResult = { ok: true; contest: Contest } | { ok: false; error: ParseError };

const fail = (error: ParseError): ParseResult => ({ ok: false, error });

/** The delegates at stake: each count as the infobox states it, else as the prose does, with the line of each. */
function delegatesAtStake(doc: DocumentStructure, rows: readonly ResultRow[], year: number): DelegateCounts {
  const names = new Set(
    rows
      .filter((r) => r.kind === 'candidate')
      .flatMap((r) => r.candidate.toLowerCase().split(/[^a-z'’-]+/))
      .filter((w) => w.length >= 3),
  );
  const prose = readProseDelegateCounts(
    [...doc.paragraphs, ...doc.lists].sort((a, b) => a.line - b.line),
    names,
    year,
  );
  return mergeDelegateCounts(readDelegateCounts(doc.fields), prose);
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
  const chosen = chooseResults(tables, doc.tables, facts, lines);
  if (!chosen.ok) return chosen;
  const { results, at: resultsAt, roles } = chosen;
  const resultsTable = tables[resultsAt] as ReadTable;

  const dateField = field(doc.fields, /^(?:election\s*)?date$/i) ?? field(doc.fields, /date/i);
  const dates = readDateStatements(dateField, doc.paragraphs, doc.lists, facts.year);
  const stated =
    dates.find((d) => d.source === 'infobox') ?? dates.find((d) => d.source === 'labelled') ?? dates[0];
  const date = stated?.date ?? null;
  const electionName = field(doc.fields, /^(?:election\s*name|name)$/i);
  const allTables: Table[] = tables.map((t, i) => ({
    ...t.table,
    isResults: i === resultsAt,
    role: roles[i]?.role ?? 'other',
    scope: roles[i]?.scope ?? null,
  }));

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
    unit: results.unit,
    delegates: delegatesAtStake(doc, results.rows, facts.year),
    results: results.rows,
    totals: results.totals,
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
    reading: { ...results.reading, dates },
    findings: [],
    lines: {
      title: doc.title.number,
      date: stated?.line ?? null,
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
