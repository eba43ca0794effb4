import { sha256Hex } from '../parse/sha256.js';
import { STATE_NAMES } from '../parse/states.js';
import type { Contest } from '../schema/contest.js';
import type { ParseError } from '../schema/parse-error.js';
import { Aggregate } from './aggregate.js';
import { assignParties } from './assign-parties.js';
import { buildContest } from './build-contest.js';
import { roleOf } from './candidate-names.js';
import { csvRecords, type LineEndings, lineEnding } from './csv-records.js';
import { decodeCsv } from './decode-csv.js';
import { readFileName } from './file-name.js';
import { readHeader } from './header.js';
import { memo } from './memo.js';
import { type PresidentRow, readPresidentRow, takePartyFromAbove } from './read-rows.js';
import { nameResolver } from './resolve-name.js';
import { buildRoster, type RosterEntry } from './roster.js';

export interface OpenElectionsOptions {
  /** The file name recorded in `source.file`; an OpenElections name (`20040203__az__primary__president.csv`) also gives the date, state and type. */
  file?: string;
  /** The state's USPS code, when the file name does not give it. */
  stateCode?: string;
  /** The election's ISO date, when the file name does not give it. */
  date?: string;
  /** Candidates other sources name: a name that is the same person takes their id (see `buildRoster`). */
  roster?: readonly RosterEntry[];
}

export type OpenElectionsResult =
  | {
      ok: true;
      contests: Contest[];
      /** Some names give only initials (`Kerry J F`) and matched no roster entry: a roster of full names may complete them. */
      initialsOnly: boolean;
    }
  | { ok: false; error: ParseError };

const fail = (error: ParseError): OpenElectionsResult => ({ ok: false, error });

/**
 * Reads an OpenElections results CSV into one `Contest` per party's presidential primary it holds (other
 * offices are skipped unread), with its reporting units rolled up to the state. Never throws: bad input
 * gives an error with its line. One pass over the text; memory grows with the presidential rows only.
 */
export function readOpenElections(
  input: string | Uint8Array,
  options: OpenElectionsOptions = {},
): OpenElectionsResult {
  const file = options.file ?? '<input>';
  const decoded = decodeCsv(input);
  if (!decoded.ok) return decoded;
  const facts = readFileName(file);
  const stateCode = (options.stateCode ?? facts?.stateCode ?? '').toUpperCase();
  const date = options.date ?? facts?.date ?? null;
  if (!STATE_NAMES.has(stateCode) || date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return fail({
      code: 'csv-context-missing',
      message: `The file name "${file}" does not say the election's date and state (OpenElections names files like 20040203__az__primary__president.csv): rename it so, or pass the state and date.`,
      line: 0,
    });
  }
  const endings: LineEndings = { lf: 0, crlf: 0, cr: 0 };
  const records = csvRecords(decoded.text, endings);
  const first = records.next();
  if (first.done)
    return first.value
      ? fail(first.value)
      : fail({ code: 'document-empty', message: 'The CSV has no rows.', line: 0 });
  const header = first.value;
  const columns = readHeader(header.cells);
  if (!columns || columns.units.length === 0) {
    const shown = header.cells.slice(0, 12).join(',');
    return fail({
      code: 'csv-header-unrecognized',
      message: `The first row "${shown.length > 120 ? `${shown.slice(0, 120)}…` : shown}" is not a results header: expected columns such as county (or parish, town, ward, precinct), office, party, candidate and votes.`,
      line: header.line,
    });
  }
  const officeOfFile = columns.office < 0 && facts?.president ? 'President' : null;
  const aggregate = new Aggregate(columns.units.length > 1);
  const offices = new Set<string>();
  const isTotal = memo((cell: string) => roleOf(cell).role === 'total');
  let above: PresidentRow | null = null;
  for (;;) {
    const next = records.next();
    if (next.done) {
      if (next.value) return fail(next.value);
      break;
    }
    const { cells, line } = next.value;
    const read = readPresidentRow(cells, line, columns, officeOfFile);
    if ('error' in read) return fail(read.error);
    if (read.row) {
      takePartyFromAbove(read.row, above, isTotal(read.row.candidate));
      aggregate.add(read.row);
      above = read.row;
    } else if (offices.size < 50 && columns.office >= 0) offices.add((cells[columns.office] ?? '').trim());
  }
  if (aggregate.groups.size === 0) {
    const listed = [...offices]
      .slice(0, 8)
      .map((o) => `"${o}"`)
      .join(', ');
    return fail({
      code: 'csv-no-presidential-rows',
      message: `No row is for the presidential race: expected an office such as "President" or "U.S. President"${listed ? `; the file's offices include ${listed}` : ''}.`,
      line: 0,
    });
  }
  const year = Number(date.slice(0, 4));
  const assigned = assignParties(aggregate.groups.values(), facts?.party ?? null, roleOf);
  const roster = options.roster && options.roster.length > 0 ? buildRoster(options.roster) : null;
  const sha256 = sha256Hex(decoded.bytes);
  const text = decoded.text;
  const last = text.charCodeAt(text.length - 1);
  const lineCount = endings.lf + endings.crlf + endings.cr + (last === 0x0a || last === 0x0d ? 0 : 1);
  let initialsOnly = false;
  const contests = assigned.parties.map((rows) => {
    const resolve = nameResolver(roster, year, rows.party.slug);
    const contest = buildContest(
      rows,
      assigned.parties,
      assigned.noParty,
      {
        file,
        sha256,
        bytes: decoded.bytes.byteLength,
        lineCount,
        headerLine: header.line,
        header: header.cells,
        lineEnding: lineEnding(endings),
        encoding: decoded.encoding,
        year,
        date,
        stateCode,
        type: facts?.type ?? 'primary',
        columns,
      },
      resolve,
    );
    initialsOnly ||= contest.openElections?.adjustments.some((a) => a.kind === 'name-form') ?? false;
    return contest;
  });
  contests.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, contests, initialsOnly };
}
