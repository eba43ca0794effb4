import { STATE_NAMES } from '../parse/states.js';
import type { Contest, ContestType, ResultRow } from '../schema/contest.js';
import type { Adjustment, CsvReading, OfficeBreakdown, StatedFigure, UnitResult } from '../schema/unit.js';
import type { Group } from './aggregate.js';
import { ascending } from './ascending.js';
import { listLines, type PartyRows } from './assign-parties.js';
import { type BuiltUnits, buildUnits } from './build-units.js';
import { contestTitle } from './contest-title.js';
import { coverageOf } from './coverage.js';
import type { Columns } from './header.js';
import type { ResolvedName } from './resolve-name.js';

export interface ContestContext {
  file: string;
  sha256: string;
  bytes: number;
  lineCount: number;
  headerLine: number;
  header: string[];
  lineEnding: CsvReading['lineEnding'];
  encoding: 'utf-8' | 'windows-1252';
  year: number;
  date: string | null;
  stateCode: string;
  type: ContestType;
  columns: Columns;
}

/** The smallest line of a list (a loop: a spread of tens of thousands of lines would overflow the stack). */
function smallest(lines: readonly number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const line of lines) if (line < min) min = line;
  return min;
}

/** The office label whose rows make the contest: one without districts (the statewide count), else the first. */
function primaryOffice(offices: Map<string, Group[]>): string {
  const labels = [...offices.entries()].map(([label, groups]) => ({
    label,
    districts: groups.reduce((n, g) => n + g.districts.size, 0),
    rows: groups.reduce((n, g) => n + g.rows, 0),
    first: Math.min(...groups.map((g) => g.firstLine)),
  }));
  labels.sort(
    (a, b) =>
      (a.districts === 0 ? 0 : 1) - (b.districts === 0 ? 0 : 1) || b.rows - a.rows || a.first - b.first,
  );
  return (labels[0] as (typeof labels)[number]).label;
}

function breakdownOf(
  label: string,
  groups: readonly Group[],
  resolve: (cell: string) => ResolvedName | null,
): OfficeBreakdown {
  const results = new Map<string, OfficeBreakdown['results'][number]>();
  const districts = new Set<string>();
  for (const group of groups) {
    for (const d of group.districts) districts.add(d);
    for (const occurrences of group.leaves.values()) {
      for (const leaf of occurrences) {
        for (const [name, figure] of leaf.names) {
          const r = resolve(name);
          if (r?.role !== 'choice') continue;
          const e = results.get(r.candidateId);
          if (e) {
            e.votes += figure.votes;
            e.lines.push(...figure.lines);
          } else
            results.set(r.candidateId, {
              candidateId: r.candidateId,
              candidate: r.candidate,
              votes: figure.votes,
              lines: [...figure.lines],
            });
        }
      }
    }
  }
  return {
    label,
    districts: districts.size,
    results: [...results.values()]
      .map((r) => ({ ...r, lines: ascending(r.lines) }))
      .sort((a, b) => b.votes - a.votes),
    firstLine: Math.min(...groups.map((g) => g.firstLine)),
    lastLine: Math.max(...groups.map((g) => g.lastLine)),
  };
}

function rowAdjustments(groups: readonly Group[], office: string): Adjustment[] {
  const out: Adjustment[] = [];
  const shifted = ascending(groups.flatMap((g) => g.shifted));
  if (shifted.length > 0) {
    out.push({
      kind: 'row-shifted',
      message: `${shifted.length} rows of ${office} stand one column off their header (line ${listLines(shifted)}): read with their cells moved back, where the party and votes then read.`,
      lines: shifted,
    });
  }
  const blank = ascending(groups.flatMap((g) => g.blank));
  if (blank.length > 0) {
    out.push({
      kind: 'votes-blank',
      message: `${blank.length} rows of ${office} leave the votes blank (line ${listLines(blank)}): read as no figure, adding nothing.`,
      lines: blank,
    });
  }
  const fromAbove = ascending(groups.flatMap((g) => g.fromAbove));
  if (fromAbove.length > 0) {
    out.push({
      kind: 'party-inferred',
      message: `${fromAbove.length} Total rows of ${office} give no party and close a block of this party's rows of the same unit (line ${listLines(fromAbove)}): read as this party's totals.`,
      lines: fromAbove,
    });
  }
  const decimal = ascending(groups.flatMap((g) => g.decimal));
  if (decimal.length > 0) {
    out.push({
      kind: 'votes-decimal',
      message: `${decimal.length} rows of ${office} write the votes with a decimal point (line ${listLines(decimal)}), such as 163.0: read as the number.`,
      lines: decimal,
    });
  }
  return out;
}

/** The contest of one party: units rolled up to the state, the file's own totals kept to check. */
export function buildContest(
  rows: PartyRows,
  everyParty: readonly PartyRows[],
  noParty: Map<string, Group>,
  context: ContestContext,
  resolve: (cell: string) => ResolvedName | null,
): Contest {
  const office = primaryOffice(rows.offices);
  const groups = rows.offices.get(office) ?? [];
  const others = everyParty.filter((p) => p !== rows).flatMap((p) => p.offices.get(office) ?? []);
  const built: BuiltUnits = buildUnits(
    groups,
    others,
    noParty.get(office) ?? null,
    context.columns,
    context.stateCode,
    resolve,
  );
  const top = built.units.filter((unit) => unit.parent === null);
  const totals = new Map<string, UnitResult>();
  const sources =
    top.length > 0 ? top.flatMap((unit) => unit.results) : [...built.stateTally.results.values()];
  for (const result of sources) {
    const e = totals.get(result.candidateId);
    if (e) {
      e.votes = e.votes === null && result.votes === null ? null : (e.votes ?? 0) + (result.votes ?? 0);
      e.lines.push(...result.lines);
    } else totals.set(result.candidateId, { ...result, lines: [...result.lines] });
  }
  const ordered = [...totals.values()].sort(
    (a, b) =>
      (a.kind === 'candidate' ? 0 : 1) - (b.kind === 'candidate' ? 0 : 1) ||
      (b.votes ?? -1) - (a.votes ?? -1),
  );
  const results: ResultRow[] = ordered.map((r) => ({
    candidate: r.candidate,
    candidateId: r.candidateId,
    withdrawn: false,
    kind: r.kind,
    votes: r.votes,
    percent: null,
    delegates: null,
    raw: { votes: null, percent: null, delegates: null },
    line: smallest(r.lines),
  }));
  const sum = results.some((r) => r.votes !== null) ? results.reduce((s, r) => s + (r.votes ?? 0), 0) : null;
  const lines = groups.flatMap((g) => [g.firstLine]);
  const firstLine = Math.min(...lines, ...results.map((r) => r.line));
  const coverage = coverageOf(context.stateCode, built.covered, built.placeable);
  const stateName = STATE_NAMES.get(context.stateCode) ?? context.stateCode;
  const title = contestTitle(
    { year: context.year, state: stateName, party: rows.party.name, type: context.type },
    coverage,
    top.map((u) => u.name),
  );

  // The state's stated figures: rows for a blank unit or `Totals`, and their Total rows.
  const stateResults: StatedFigure[] = [...built.stateTally.results.values()].map((r) => ({
    label: 'state',
    candidateId: r.candidateId,
    votes: r.votes,
    lines: ascending(r.lines),
    parties: 'contest',
    others: null,
  }));
  let stateTotal: StatedFigure | null = null;
  if (built.stateTally.totals.length > 0) {
    stateTotal = {
      label: built.stateTally.totalLabel ?? 'Total',
      candidateId: null,
      votes: built.stateTally.totals.reduce((s, t) => s + t.votes, 0),
      lines: ascending(built.stateTally.totals.flatMap((t) => t.lines)),
      parties: 'contest',
      others: null,
    };
  } else if (built.stateAll && built.stateAll.totals.length > 0) {
    let otherVotes = 0;
    const otherLines: number[] = [];
    for (const group of others) {
      for (const occurrences of group.leaves.values()) {
        for (const leaf of occurrences) {
          for (const [name, figure] of leaf.names) {
            if (resolve(name)?.role !== 'choice') continue;
            otherVotes += figure.votes;
            otherLines.push(...figure.lines);
          }
        }
      }
    }
    stateTotal = {
      label: built.stateAll.totalLabel ?? 'Total',
      candidateId: null,
      votes: built.stateAll.totals.reduce((s, t) => s + t.votes, 0),
      lines: ascending(built.stateAll.totals.flatMap((t) => t.lines)),
      parties: 'all',
      others: { votes: otherVotes, lines: ascending(otherLines) },
    };
  }
  const cells = new Set<string>();
  for (const group of groups)
    for (const list of group.leaves.values())
      for (const leaf of list) for (const name of leaf.names.keys()) cells.add(name);
  const initials = [...cells].filter((cell) => {
    const r = resolve(cell);
    return r?.role === 'choice' && r.initialsOnly;
  });
  const adjustments: Adjustment[] = [
    ...(context.encoding === 'windows-1252'
      ? [{ kind: 'encoding' as const, message: 'The file is not UTF-8: read as Windows-1252.', lines: [] }]
      : []),
    ...rows.adjustments.filter((a) => a.office === office).map(({ office: _, ...a }) => a),
    ...rowAdjustments(groups, office),
    ...(initials.length > 0
      ? [
          {
            kind: 'name-form' as const,
            message: `${initials.length} names give the first name only as an initial or not at all (${initials
              .slice(0, 6)
              .map((n) => `"${n}"`)
              .join(
                ', ',
              )}${initials.length > 6 ? ', ...' : ''}) and match no candidate another source names: their ids are built from the initial.`,
            lines: [],
          },
        ]
      : []),
  ];
  const breakdowns = [...rows.offices.entries()]
    .filter(([label]) => label !== office)
    .map(([label, g]) => breakdownOf(label, g, resolve));
  return {
    id: `${context.year}-${context.stateCode.toLowerCase()}-${rows.party.slug}-${context.type}`,
    title,
    year: context.year,
    state: stateName,
    stateCode: context.stateCode,
    party: rows.party.name,
    type: context.type,
    date: context.date,
    unit: 'votes',
    delegates: {
      total: null,
      pledged: null,
      unpledged: null,
      line: null,
      lines: { total: null, pledged: null, unpledged: null },
    },
    results,
    totals: {
      votes: sum,
      percent: null,
      delegates: null,
      raw: { votes: null, percent: null, delegates: null },
      line: context.headerLine,
    },
    infobox: { line: null, electionName: null, fields: [], candidates: [] },
    sections: [],
    paragraphs: [],
    lists: [],
    tables: [],
    // The article's table reading does not apply: a CSV's own reading is in `openElections`.
    reading: {
      header: context.headerLine,
      columns: [],
      thousands: 'none',
      totalRows: [],
      rowsAfterTotal: [],
      dates: [],
    },
    findings: [],
    lines: {
      title: context.headerLine,
      date: null,
      resultsTable: Number.isFinite(firstLine) ? firstLine : context.headerLine,
    },
    format: 'openelections-csv',
    raceId: `${context.year}-${rows.party.slug}`,
    units: built.units,
    coverage,
    openElections: {
      office,
      partyLabels: [...rows.labels].filter((label) => label !== '').sort(),
      columns: context.header,
      lineEnding: context.lineEnding,
      breakdowns,
      stated: { results: stateResults, total: stateTotal },
      adjustments,
    },
    source: { file: context.file, sha256: context.sha256, bytes: context.bytes, lines: context.lineCount },
  };
}
