import { slugify } from '../parse/names.js';
import type { NonVotes, StatedFigure, Unit, UnitResult, UnitType } from '../schema/unit.js';
import type { Figure, Group, Leaf } from './aggregate.js';
import { ascending } from './ascending.js';
import { countiesNamed, countyTerm, soleCounty } from './counties.js';
import type { Columns } from './header.js';
import type { ResolvedName } from './resolve-name.js';

/** The figures of one unit as they are being summed, by candidate id. */
interface Tally {
  results: Map<string, UnitResult>;
  nonVotes: Map<string, NonVotes>;
  totals: Figure[];
  totalLabel: string | null;
  lines: number[];
}

const newTally = (): Tally => ({
  results: new Map(),
  nonVotes: new Map(),
  totals: [],
  totalLabel: null,
  lines: [],
});

function addFigure(
  tally: Tally,
  name: string,
  figure: { votes: number | null; lines: number[] },
  resolve: (cell: string) => ResolvedName | null,
): void {
  const resolved = resolve(name);
  tally.lines.push(...figure.lines);
  if (!resolved) return;
  if (resolved.role === 'total') {
    tally.totals.push({ votes: figure.votes ?? 0, blank: figure.votes === null, lines: figure.lines });
    tally.totalLabel ??= resolved.label;
    return;
  }
  const votesOf = (a: number | null, b: number | null) =>
    a === null && b === null ? null : (a ?? 0) + (b ?? 0);
  if (resolved.role === 'non-vote') {
    const existing = tally.nonVotes.get(resolved.kind);
    if (existing) {
      existing.votes = votesOf(existing.votes, figure.votes);
      existing.lines.push(...figure.lines);
    } else
      tally.nonVotes.set(resolved.kind, {
        kind: resolved.kind,
        label: resolved.label,
        votes: figure.votes,
        lines: [...figure.lines],
      });
    return;
  }
  const existing = tally.results.get(resolved.candidateId);
  if (existing) {
    existing.votes = votesOf(existing.votes, figure.votes);
    existing.lines.push(...figure.lines);
  } else {
    tally.results.set(resolved.candidateId, {
      candidate: resolved.candidate,
      candidateId: resolved.candidateId,
      kind: resolved.kind,
      votes: figure.votes,
      lines: [...figure.lines],
    });
  }
}

const figureVotes = (figure: Figure) => (figure.blank ? null : figure.votes);

function byVotes(a: UnitResult, b: UnitResult): number {
  return (
    (b.votes ?? -1) - (a.votes ?? -1) ||
    (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0)
  );
}

/** The stated total of a unit from its `Total` rows: of this party, or (`all`) of every party. */
function statedTotal(
  tally: Tally,
  all: Tally | null,
  others: { votes: number; lines: number[] } | null,
): StatedFigure | null {
  if (tally.totals.length > 0) {
    return {
      label: tally.totalLabel ?? 'Total',
      candidateId: null,
      votes: tally.totals.every((t) => t.blank) ? null : tally.totals.reduce((s, t) => s + t.votes, 0),
      lines: ascending(tally.totals.flatMap((t) => t.lines)),
      parties: 'contest',
      others: null,
    };
  }
  if (all && all.totals.length > 0) {
    return {
      label: all.totalLabel ?? 'Total',
      candidateId: null,
      votes: all.totals.every((t) => t.blank) ? null : all.totals.reduce((s, t) => s + t.votes, 0),
      lines: ascending(all.totals.flatMap((t) => t.lines)),
      parties: 'all',
      others: others ? { votes: others.votes, lines: ascending(others.lines) } : { votes: 0, lines: [] },
    };
  }
  return null;
}

function toUnit(
  base: Omit<Unit, 'results' | 'nonVotes' | 'stated' | 'lines'>,
  tally: Tally,
  stated: Unit['stated'],
): Unit {
  const results: UnitResult[] = [];
  for (const r of tally.results.values()) {
    results.push({
      candidate: r.candidate,
      candidateId: r.candidateId,
      kind: r.kind,
      votes: r.votes,
      lines: ascending(r.lines),
    });
  }
  const nonVotes: NonVotes[] = [];
  for (const n of tally.nonVotes.values()) {
    nonVotes.push({ kind: n.kind, label: n.label, votes: n.votes, lines: ascending(n.lines) });
  }
  return { ...base, results: results.sort(byVotes), nonVotes, stated, lines: ascending(tally.lines) };
}

/** Adds one tally into another (a precinct into its county). */
function rollInto(into: Tally, from: Tally): void {
  into.lines.push(...from.lines);
  for (const result of from.results.values()) {
    const existing = into.results.get(result.candidateId);
    if (existing) {
      existing.votes =
        existing.votes === null && result.votes === null ? null : (existing.votes ?? 0) + (result.votes ?? 0);
      existing.lines.push(...result.lines);
    } else into.results.set(result.candidateId, { ...result, lines: [...result.lines] });
  }
  for (const nonVote of from.nonVotes.values()) {
    const existing = into.nonVotes.get(nonVote.kind);
    if (existing) {
      existing.votes =
        existing.votes === null && nonVote.votes === null
          ? null
          : (existing.votes ?? 0) + (nonVote.votes ?? 0);
      existing.lines.push(...nonVote.lines);
    } else into.nonVotes.set(nonVote.kind, { ...nonVote, lines: [...nonVote.lines] });
  }
}

function title(header: string): string {
  return header
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

/** A finer unit's name from its cells: `Ward 4, Precinct 8`; a cell that is already a name stays as written. */
function fineName(cells: readonly string[], columns: Columns): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    if (cell === '') return;
    const header = columns.units[i + 1]?.header ?? '';
    parts.push(cell.length <= 5 && !cell.includes(' ') ? `${title(header)} ${cell}` : cell);
  });
  return parts.join(', ');
}

export interface BuiltUnits {
  units: Unit[];
  /** Per candidate id, the whole state's stated figures from rows for no unit or a `Totals` one. */
  stateTally: Tally;
  /** The state's `Total` rows over every party, if any. */
  stateAll: Tally | null;
  /** County FIPS codes the units cover (a shared name covers each county of that name). */
  covered: Set<string>;
  placeable: boolean;
}

/**
 * Builds the units of one contest from its groups of rows: the finest units as the file gives them
 * (precincts, wards, county parts in several districts), each rolled up into the coarsest unit (county,
 * town) it lies in; the coarse unit's FIPS code from the county table where its name is one county's;
 * the file's own totals kept beside the units they total.
 */
export function buildUnits(
  groups: readonly Group[],
  others: readonly Group[],
  noParty: Group | null,
  columns: Columns,
  stateCode: string,
  resolve: (cell: string) => ResolvedName | null,
): BuiltUnits {
  // One group's leaves are used as they are; a second group of the same party (a typo's label) merges into copies.
  const leaves = new Map<string, Leaf[]>();
  const copied = new Set<Leaf>();
  for (const group of groups) {
    for (const [key, occurrences] of group.leaves) {
      const list = leaves.get(key);
      if (!list) {
        leaves.set(key, [...occurrences]);
        continue;
      }
      for (const leaf of occurrences) {
        let at = list[leaf.occurrence];
        if (!at) {
          list[leaf.occurrence] = leaf;
          continue;
        }
        if (!copied.has(at)) {
          at = {
            ...at,
            names: new Map([...at.names].map(([n, f]) => [n, { ...f, lines: [...f.lines] }])),
            lines: [...at.lines],
          };
          copied.add(at);
          list[leaf.occurrence] = at;
        }
        for (const [name, f] of leaf.names) {
          const e = at.names.get(name);
          if (e) {
            e.votes += f.votes;
            e.blank &&= f.blank;
            e.lines.push(...f.lines);
          } else at.names.set(name, { ...f, lines: [...f.lines] });
        }
        at.lines.push(...leaf.lines);
      }
    }
  }
  const coarseColumn = columns.units[0];
  const fineColumns = columns.units.length > 1;
  const districtsBy = new Map<string, Set<string>>();
  for (const list of leaves.values()) {
    for (const leaf of list) {
      if (!leaf) continue;
      const set = districtsBy.get(leaf.cells[0] as string) ?? new Set();
      set.add(leaf.district);
      districtsBy.set(leaf.cells[0] as string, set);
    }
  }
  const pieces = !fineColumns && [...districtsBy.values()].some((set) => set.size > 1);
  const nested = fineColumns || pieces;

  const othersAt = (key: string, occurrence: number) => {
    let votes = 0;
    const lines: number[] = [];
    let any = false;
    for (const group of others) {
      const leaf = group.leaves.get(key)?.[occurrence];
      if (!leaf) continue;
      for (const [name, figure] of leaf.names) {
        const r = resolve(name);
        if (r?.role !== 'choice') continue;
        any = true;
        votes += figure.votes;
        lines.push(...figure.lines);
      }
    }
    return any ? { votes, lines } : null;
  };

  // Coarse units: by name, and by occurrence where the file gives two units the same name.
  interface Coarse {
    name: string;
    occurrence: number;
    tally: Tally;
    children: Unit[];
    stated: Unit['stated'];
    firstLine: number;
  }
  const coarse = new Map<string, Coarse>();
  const fine: {
    coarseKey: string;
    cells: string[];
    district: string;
    occurrence: number;
    tally: Tally;
    stated: Unit['stated'];
  }[] = [];
  for (const [key, list] of leaves) {
    for (const leaf of list) {
      if (!leaf) continue;
      const tally = newTally();
      for (const [name, figure] of leaf.names)
        addFigure(tally, name, { votes: figureVotes(figure), lines: figure.lines }, resolve);
      const all = noParty?.leaves.get(key)?.[leaf.occurrence];
      let allTally: Tally | null = null;
      if (all) {
        allTally = newTally();
        for (const [name, figure] of all.names)
          addFigure(allTally, name, { votes: figureVotes(figure), lines: figure.lines }, resolve);
      }
      const total = statedTotal(tally, allTally, all ? othersAt(key, leaf.occurrence) : null);
      if (total?.parties === 'all') tally.lines.push(...total.lines);
      const stated = { results: [], total };
      const name = leaf.cells[0] as string;
      const coarseKey = nested ? name : `${name}\u0000${leaf.occurrence}`;
      let unit = coarse.get(coarseKey);
      if (!unit) {
        unit = {
          name,
          occurrence: nested ? 0 : leaf.occurrence,
          tally: newTally(),
          children: [],
          stated: { results: [], total: null },
          firstLine: leaf.lines[0] ?? 0,
        };
        coarse.set(coarseKey, unit);
      }
      unit.firstLine = Math.min(unit.firstLine, leaf.lines[0] ?? unit.firstLine);
      if (nested)
        fine.push({
          coarseKey,
          cells: leaf.cells.slice(1),
          district: leaf.district,
          occurrence: leaf.occurrence,
          tally,
          stated,
        });
      else {
        rollInto(unit.tally, tally);
        unit.tally.totals.push(...tally.totals);
        unit.stated = stated;
      }
    }
  }
  // Rows for a coarse unit alone: its stated figures when it has finer units, else its own rows.
  for (const group of groups) {
    for (const [name, names] of group.coarse) {
      let unit = coarse.get(name);
      const hasChildren = unit !== undefined;
      if (!unit) {
        unit = {
          name,
          occurrence: 0,
          tally: newTally(),
          children: [],
          stated: { results: [], total: null },
          firstLine: Number.MAX_SAFE_INTEGER,
        };
        coarse.set(name, unit);
      }
      const own = newTally();
      for (const [cell, figure] of names) {
        addFigure(own, cell, { votes: figureVotes(figure), lines: figure.lines }, resolve);
        unit.firstLine = Math.min(unit.firstLine, figure.lines[0] ?? unit.firstLine);
      }
      if (hasChildren) {
        unit.tally.lines.push(...own.lines);
        unit.stated = {
          results: [...own.results.values()].map((r) => ({
            label: name,
            candidateId: r.candidateId,
            votes: r.votes,
            lines: ascending(r.lines),
            parties: 'contest' as const,
            others: null,
          })),
          total: statedTotal(own, null, null),
        };
      } else {
        rollInto(unit.tally, own);
        unit.stated = { results: [], total: statedTotal(own, null, null) };
      }
    }
  }

  // Places: a county column's names against the county table.
  const sole = soleCounty(stateCode);
  const sameName = new Map<string, number>();
  for (const unit of coarse.values()) sameName.set(unit.name, (sameName.get(unit.name) ?? 0) + 1);
  const covered = new Set<string>();
  const isCountyColumn =
    coarseColumn?.type === 'county-equivalent' ||
    coarseColumn?.type === 'parish' ||
    coarseColumn?.type === 'borough';
  const placeOf = (name: string): { type: UnitType; fips: string | null; note: string | null } => {
    const columnType = coarseColumn?.type ?? 'county-equivalent';
    if (!isCountyColumn) {
      const type = columnType === 'county-equivalent' ? 'county' : columnType;
      if (sole) return { type, fips: sole.fips, note: null };
      return {
        type,
        fips: null,
        note: `A ${type.replace('-', ' ')}: the county table has no such units, so it is not placed in a county.`,
      };
    }
    const matches = countiesNamed(stateCode, name);
    for (const match of matches) covered.add(match.fips);
    const times = sameName.get(name) ?? 1;
    if (matches.length === 0) {
      return {
        type: 'election-authority',
        fips: sole?.fips ?? null,
        note: sole
          ? null
          : `No county of ${stateCode} is named ${name}: a unit of its own (an election authority), not placed.`,
      };
    }
    const first = matches[0] as (typeof matches)[number];
    const type: UnitType = first.city ? 'city' : countyTerm(stateCode);
    if (matches.length === 1 && times === 1) return { type, fips: first.fips, note: null };
    const what =
      matches.length > 1
        ? `${stateCode} has ${matches.length} county equivalents named ${first.name} (${matches.map((m) => `${m.city ? 'a city' : 'a county'}, ${m.fips}`).join('; ')})`
        : `${stateCode} has one county named ${first.name} (${first.fips})`;
    return {
      type: matches.every((m) => m.city === first.city) ? type : 'county',
      fips: null,
      note: `${times > 1 ? `The file names ${times} units ${name}` : `The file names one unit ${name}`} and ${what}: which is which cannot be told from the file, so it is not placed.`,
    };
  };

  const units: Unit[] = [];
  const coarseUnits = [...coarse.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.occurrence - b.occurrence,
  );
  const coarseIds = new Map<Coarse, string>();
  const fineByCoarse = new Map<string, typeof fine>();
  for (const f of fine) {
    const list = fineByCoarse.get(f.coarseKey) ?? [];
    list.push(f);
    fineByCoarse.set(f.coarseKey, list);
  }
  const childUnits: Unit[] = [];
  for (const unit of coarseUnits) {
    const place = placeOf(unit.name);
    const id = `${slugify(`${place.type} ${unit.name}`) || place.type}${unit.occurrence > 0 ? `-${unit.occurrence + 1}` : ''}`;
    coarseIds.set(unit, id);
    const key = nested ? unit.name : `${unit.name}\u0000${unit.occurrence}`;
    const children = (fineByCoarse.get(key) ?? [])
      .map((child) => ({ child, order: `${child.cells.join(' ')}\u0000${child.district}` }))
      .sort((a, b) =>
        a.order < b.order ? -1 : a.order > b.order ? 1 : a.child.occurrence - b.child.occurrence,
      )
      .map(({ child }) => child);
    const finest = columns.units[columns.units.length - 1]?.type ?? 'precinct';
    const fineType: UnitType = pieces
      ? 'county-district'
      : finest === 'county-equivalent'
        ? 'county'
        : finest;
    const used = new Set<string>();
    for (const child of children) {
      const name = pieces
        ? `District ${child.district}`
        : fineName(child.cells, columns) || child.district || unit.name;
      let childId = slugify(`${id} ${name}`) || `${id}-unit`;
      if (used.has(childId)) childId = `${childId}-${child.occurrence + 1}`;
      while (used.has(childId)) childId = `${childId}-x`;
      used.add(childId);
      childUnits.push(
        toUnit(
          { id: childId, type: fineType, name, parent: id, fips: place.fips, rolledUp: false, note: null },
          child.tally,
          child.stated,
        ),
      );
      rollInto(unit.tally, child.tally);
    }
    units.push(
      toUnit(
        {
          id,
          type: place.type,
          name: unit.name,
          parent: null,
          fips: place.fips,
          rolledUp: children.length > 0,
          note: place.note,
        },
        unit.tally,
        unit.stated,
      ),
    );
  }
  if (sole) covered.add(sole.fips);

  // The whole state's rows: a blank unit, `Totals`.
  const stateTally = newTally();
  for (const group of groups)
    for (const [name, figure] of group.state)
      addFigure(stateTally, name, { votes: figureVotes(figure), lines: figure.lines }, resolve);
  let stateAll: Tally | null = null;
  if (noParty && noParty.state.size > 0) {
    stateAll = newTally();
    for (const [name, figure] of noParty.state)
      addFigure(stateAll, name, { votes: figureVotes(figure), lines: figure.lines }, resolve);
  }
  return {
    units: [...units, ...childUnits],
    stateTally,
    stateAll,
    covered,
    placeable: isCountyColumn || sole !== null,
  };
}

export type { Tally };
