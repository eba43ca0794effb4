import type { Adjustment } from '../schema/unit.js';
import type { Figure, Group, Leaf } from './aggregate.js';
import type { NameRole } from './candidate-names.js';
import { entry } from './entry.js';
import { type Party, partyOfLabel, readParty, typoOf } from './parties.js';

/** The rows of one party, by office label. */
export interface PartyRows {
  party: Party;
  labels: Set<string>;
  offices: Map<string, Group[]>;
  /** What the reader decided about this party's rows, by office label. */
  adjustments: (Adjustment & { office: string })[];
}

export interface Assigned {
  parties: PartyRows[];
  /** Per office, the rows without a party left unassigned: total rows over every party, and the rest. */
  noParty: Map<string, Group>;
}

/** Up to this many lines are listed in an adjustment's message; all of them stay in its `lines`. */
const LISTED = 8;

export function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED).join(', ');
  return lines.length > LISTED ? `${shown} and ${lines.length - LISTED} more` : shown;
}

function merge(into: Map<string, Figure>, name: string, figure: Figure): void {
  const existing = into.get(name);
  if (existing) {
    existing.votes += figure.votes;
    existing.blank &&= figure.blank;
    existing.lines.push(...figure.lines);
  } else into.set(name, { votes: figure.votes, blank: figure.blank, lines: [...figure.lines] });
}

function leafOf(group: Group, key: string, template: Leaf): Leaf {
  const occurrences = entry(group.leaves, key, (): Leaf[] => []);
  while (occurrences.length <= template.occurrence) {
    occurrences.push({
      cells: template.cells,
      district: template.district,
      occurrence: occurrences.length,
      names: new Map(),
      lines: [],
    });
  }
  return occurrences[template.occurrence] as Leaf;
}

function namesOf(group: Group): Set<string> {
  const names = new Set<string>();
  for (const occurrences of group.leaves.values())
    for (const leaf of occurrences) for (const n of leaf.names.keys()) names.add(n);
  return names;
}

/**
 * Gives every group of rows its party: known labels (`DEM`, `Dem.`, `Democratic`) read directly, an unknown
 * label one letter off another label of the same office (`OEM` beside `DEM`) read as that party, any other
 * label as a party of its own. Rows with no party go to the office's only party; else, row by row, to the one
 * party whose same unit lacks that name while its other units have it; else to the file name's party. Total
 * rows with no party in an office of several parties stay in `noParty`: they total every party.
 */
export function assignParties(
  groups: Iterable<Group>,
  fileParty: string | null,
  roleOf: (name: string) => NameRole,
): Assigned {
  const byOffice = new Map<string, Group[]>();
  for (const group of groups) {
    entry(byOffice, group.office, (): Group[] => []).push(group);
  }
  const parties = new Map<string, PartyRows>();
  const rowsOf = (party: Party): PartyRows => {
    return entry(
      parties,
      party.slug,
      (): PartyRows => ({ party, labels: new Set(), offices: new Map(), adjustments: [] }),
    );
  };
  const put = (party: Party, group: Group) => {
    const rows = rowsOf(party);
    rows.labels.add(group.partyLabel);
    entry(rows.offices, group.office, (): Group[] => []).push(group);
  };
  const noParty = new Map<string, Group>();
  const fileFallback = fileParty ? readParty(fileParty) : null;
  for (const [office, list] of byOffice) {
    const known = new Map<string, Party>();
    const unknown: Group[] = [];
    let blank: Group | null = null;
    for (const group of list) {
      const read = readParty(group.partyLabel);
      if (read.kind === 'party') {
        known.set(group.partyLabel, read.party);
        put(read.party, group);
      } else if (read.kind === 'none') blank = group;
      else unknown.push(group);
    }
    for (const group of unknown) {
      const typo = typoOf(group.partyLabel, known);
      const party = typo ?? partyOfLabel(group.partyLabel);
      put(party, group);
      if (typo) {
        const label = [...known].find(([, p]) => p === typo)?.[0] ?? typo.name;
        const lines = [...group.leaves.values()].flat().flatMap((leaf) => leaf.lines);
        rowsOf(typo).adjustments.push({
          office,
          kind: 'party-typo',
          message: `The party label "${group.partyLabel}" (${group.rows} rows of ${office}, lines ${listLines(lines)}) is one letter off "${label}", the office's other label: read as ${typo.name}.`,
          lines,
        });
      }
    }
    if (!blank) continue;
    const partiesHere = [...parties.values()].filter((p) => p.offices.has(office));
    const only =
      partiesHere.length === 1
        ? (partiesHere[0] as PartyRows).party
        : partiesHere.length === 0 && fileFallback?.kind === 'party'
          ? fileFallback.party
          : null;
    if (only) {
      put(only, blank);
      const lines = [
        ...[...blank.leaves.values()].flat().flatMap((leaf) => leaf.lines),
        ...[...blank.state.values()].flatMap((f) => f.lines),
        ...[...blank.coarse.values()].flatMap((names) => [...names.values()].flatMap((f) => f.lines)),
      ].sort((a, b) => a - b);
      rowsOf(only).adjustments.push({
        office,
        kind: 'party-inferred',
        message: `${blank.rows} rows of ${office} give no party (lines ${listLines(lines)}): read as ${only.name}, ${partiesHere.length === 1 ? "the office's only party in the file" : 'the party the file name gives'}.`,
        lines,
      });
      continue;
    }
    // Several parties: place each row that is not a total where exactly one party lacks that name.
    const left: Group = { ...blank, leaves: new Map(), state: new Map(), coarse: new Map(blank.coarse) };
    const names = new Map(partiesHere.map((p) => [p, (p.offices.get(office) ?? []).map(namesOf)]));
    for (const [key, occurrences] of blank.leaves) {
      for (const leaf of occurrences) {
        for (const [name, figure] of leaf.names) {
          const keep = () => merge(leafOf(left, key, leaf).names, name, figure);
          if (roleOf(name).role === 'total') {
            keep();
            continue;
          }
          const fits = partiesHere.filter((p) =>
            (p.offices.get(office) ?? []).some(
              (group, i) =>
                names.get(p)?.[i]?.has(name) && !group.leaves.get(key)?.[leaf.occurrence]?.names.has(name),
            ),
          );
          const target = fits.length === 1 ? (fits[0] as PartyRows) : null;
          if (!target) {
            keep();
            continue;
          }
          const group = (target.offices.get(office) ?? [])[0] as Group;
          const into = leafOf(group, key, leaf);
          into.lines.push(...figure.lines);
          merge(into.names, name, figure);
          target.adjustments.push({
            office,
            kind: 'party-inferred',
            message: `The ${name} row at line ${listLines(figure.lines)} gives no party: read as ${target.party.name}, the only party of ${office} whose rows for this unit lack ${name}.`,
            lines: figure.lines,
          });
        }
      }
    }
    for (const [name, figure] of blank.state) merge(left.state, name, figure);
    noParty.set(office, left);
    const unassigned = [...left.leaves.values()]
      .flat()
      .flatMap((leaf) => [...leaf.names].filter(([name]) => roleOf(name).role !== 'total'))
      .flatMap(([, figure]) => figure.lines)
      .sort((a, b) => a - b);
    if (unassigned.length > 0) {
      for (const p of partiesHere) {
        p.adjustments.push({
          office,
          kind: 'party-unassigned',
          message: `${unassigned.length} rows of ${office} give no party and fit no single party (lines ${listLines(unassigned)}): left out of every contest.`,
          lines: unassigned,
        });
      }
    }
  }
  return { parties: [...parties.values()], noParty };
}
