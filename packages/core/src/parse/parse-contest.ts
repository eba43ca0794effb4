import type { Contest, DelegateCounts, ResultRow, Table } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { chooseResults } from './choose-results.js';
import { readDateStatements } from './date-statements.js';
import { type Decoded, decodeDocument } from './decode.js';
import { mergeDelegateCounts, readDelegateCounts, readProseDelegateCounts } from './delegate-counts.js';
import { endsWithFolded, includesFolded } from './folded-search.js';
import { readInfoboxCandidates } from './infobox.js';
import { splitLines } from './lines.js';
import { slugify } from './names.js';
import { sha256Hex, sha256HexAsync } from './sha256.js';
import { type DocumentStructure, heading, type RawField, readStructure } from './structure.js';
import { readTitle } from './title.js';
import { schemaError } from './valid-contest.js';
import { trimmed } from './white-space.js';

export interface ParseOptions {
  /** The file name to record in `source.file` (defaults to `<input>`). */
  file?: string;
}

export type ParseResult = { ok: true; contest: Contest } | { ok: false; error: ParseError };

const fail = (error: ParseError): ParseResult => ({ ok: false, error });

const DATE_KEY = /^(?:election\s*)?date$/i;
const NAME_KEY = /^(?:election\s*name|name)$/i;

/**
 * The infobox's date field (a key that is the date, else the first that names one) and its election
 * name, in one pass over the fields: what `field(fields, DATE_KEY) ?? field(fields, ANY_DATE_KEY)` and
 * `field(fields, NAME_KEY)` give.
 */
function namedFields(fields: readonly RawField[]): {
  dateField: RawField | undefined;
  electionName: RawField | undefined;
} {
  let exactDate: RawField | undefined;
  let anyDate: RawField | undefined;
  let electionName: RawField | undefined;
  for (const f of fields) {
    const key = trimmed(f.key);
    // `/date/i`, read by scan; a name key ends with "name" before the pattern is asked.
    if (exactDate === undefined && includesFolded(key, 'date')) {
      anyDate ??= f;
      if (DATE_KEY.test(key)) exactDate = f;
    }
    if (electionName === undefined && endsWithFolded(key, 'name') && NAME_KEY.test(key)) electionName = f;
  }
  return { dateField: exactDate ?? anyDate, electionName };
}

/** A letter of a name's word as /[a-z'’-]/ reads it. */
const isWordLetter = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2019 || code === 0x2d;

/** The delegates at stake: each count as the infobox states it, else as the prose does, with the line of each. */
function delegatesAtStake(doc: DocumentStructure, rows: readonly ResultRow[], year: number): DelegateCounts {
  const infobox = readDelegateCounts(doc.fields);
  // Only a statement that says "delegate" can state a count: most documents have few or none.
  const statements: { text: string; line: number }[] = [];
  for (const p of doc.paragraphs) if (p.text.includes('delegate')) statements.push(p);
  for (const l of doc.lists) if (l.text.includes('delegate')) statements.push(l);
  if (statements.length === 0) return infobox;
  // Each candidate's words of three letters or more, as `toLowerCase().split(/[^a-z'’-]+/)` gives them.
  const names = new Set<string>();
  for (const row of rows) {
    if (row.kind !== 'candidate') continue;
    const lower = row.candidate.toLowerCase();
    let at = 0;
    while (at < lower.length) {
      if (!isWordLetter(lower.charCodeAt(at))) {
        at++;
        continue;
      }
      const start = at;
      while (at < lower.length && isWordLetter(lower.charCodeAt(at))) at++;
      if (at - start >= 3) names.add(lower.slice(start, at));
    }
  }
  const prose = readProseDelegateCounts(
    statements.sort((a, b) => a.line - b.line),
    names,
    year,
  );
  return mergeDelegateCounts(infobox, prose);
}

/**
 * Reads one document of the family into a `Contest`, or says why it cannot: never throws.
 * The contest's `findings` are empty; the audit fills them. `source.sha256` is the platform's
 * synchronous SHA-256 where it has one (`node:crypto`), else a JavaScript one (see `sha256Hex`).
 */
export function parseContest(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeDocument(input);
  if (!decoded.ok) return decoded;
  return readContest(decoded, options, sha256Hex);
}

/**
 * `parseContest` with the source hash from Web Crypto (`crypto.subtle.digest`), the platform's
 * SHA-256 everywhere, asynchronous: for Workers, which have no synchronous native hash.
 */
export async function parseContestAsync(
  input: string | Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const decoded = decodeDocument(input);
  if (!decoded.ok) return decoded;
  const digest = await sha256HexAsync(decoded.bytes);
  return readContest(decoded, options, () => digest);
}

/** The contest a decoded document states; `hash` gives its bytes' SHA-256, asked once it has read. */
function readContest(
  decoded: Extract<Decoded, { ok: true }>,
  options: ParseOptions,
  hash: (bytes: Uint8Array) => string,
): ParseResult {
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

  const chosen = chooseResults(doc.tables, facts, lines);
  if (!chosen.ok) return chosen;
  const { results, at: resultsAt, roles, tables } = chosen;
  const resultsTable = tables[resultsAt] as Table;

  const { dateField, electionName } = namedFields(doc.fields);
  const dates = readDateStatements(dateField, doc.paragraphs, doc.lists, facts.year);
  const stated =
    dates.find((d) => d.source === 'infobox') ?? dates.find((d) => d.source === 'labelled') ?? dates[0];
  const date = stated?.date ?? null;
  // readTable's tables are this document's own: each takes its role in place.
  const allTables: Table[] = tables.map((table, i) => {
    table.isResults = i === resultsAt;
    table.role = roles[i]?.role ?? 'other';
    table.scope = roles[i]?.scope ?? null;
    return table;
  });

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
      // The structure's fields are already { key, value, line } and nothing else holds them.
      fields: doc.fields,
      candidates: readInfoboxCandidates(doc.fields),
    },
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    lists: doc.lists,
    tables: allTables,
    reading: {
      header: results.reading.header,
      columns: results.reading.columns,
      thousands: results.reading.thousands,
      totalRows: results.reading.totalRows,
      rowsAfterTotal: results.reading.rowsAfterTotal,
      dates,
    },
    findings: [],
    lines: {
      title: doc.title.number,
      date: stated?.line ?? null,
      resultsTable: resultsTable.line,
    },
    source: {
      file: options.file ?? '<input>',
      sha256: hash(decoded.bytes),
      bytes: decoded.bytes.byteLength,
      lines: lines.length,
    },
  };
  const invalid = schemaError(contest);
  return invalid ? fail(invalid) : { ok: true, contest };
}
