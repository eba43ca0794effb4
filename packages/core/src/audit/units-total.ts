import type { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import type { StatedFigure, Unit } from '../schema/unit.js';
import { finding } from './finding.js';
import { formatCount } from './precision.js';

const sumVotes = (figures: readonly { votes: number | null }[]) =>
  figures.reduce((total, figure) => total + (figure.votes ?? 0), 0);

/** `Boston, Ward 4, Precinct 8` for a precinct, `Apache (county)` for a county. */
function unitLabel(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  const parent = unit.parent ? byId.get(unit.parent) : undefined;
  return parent ? `${parent.name}, ${unit.name}` : `${unit.name} (${unit.type.replace('-', ' ')})`;
}

/** A stated total against the parts: null when they agree, with or without the unit's blank and over/under votes. */
function compareTotal(
  stated: StatedFigure,
  results: number,
  nonVotes: number,
): { parts: number; withNonVotes: boolean } | null | 'agrees-with-non-votes' {
  if (stated.votes === null) return null;
  const others = stated.parties === 'all' ? (stated.others?.votes ?? 0) : 0;
  const parts = results + others;
  if (stated.votes === parts) return null;
  if (nonVotes > 0 && stated.votes === parts + nonVotes) return 'agrees-with-non-votes';
  return { parts, withNonVotes: nonVotes > 0 };
}

/**
 * The file's own totals against the sum of its units: each unit's Total row against its results (with the
 * other parties' rows where the Total row has no party), a county's stated figures against its precincts, and
 * the statewide Totals rows against the contest's units. The file contradicts itself where they differ.
 */
export function checkUnitsTotal(contest: Contest): Finding[] {
  const units = contest.units ?? [];
  const findings: Finding[] = [];
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  let withNonVotes = 0;
  const withNonVotesLines: number[] = [];
  for (const unit of units) {
    const total = unit.stated.total;
    if (total) {
      const outcome = compareTotal(total, sumVotes(unit.results), sumVotes(unit.nonVotes));
      if (outcome === 'agrees-with-non-votes') {
        withNonVotes++;
        if (withNonVotesLines.length < 50) withNonVotesLines.push(...total.lines);
      } else if (outcome) {
        const scope =
          total.parties === 'all'
            ? ` (its ${formatCount(sumVotes(unit.results))} ${contest.party} votes and ${formatCount(total.others?.votes ?? 0)} of other parties)`
            : '';
        findings.push(
          finding(
            'unit-total-mismatch',
            'error',
            `${unitLabel(unit, byId)}: ${unit.results.length === 1 ? "the 1 candidate's row adds up to" : `the ${unit.results.length} candidates' rows add up to`} ${formatCount(outcome.parts)}${scope}, but its "${total.label}" row states ${formatCount(total.votes ?? 0)} (off by ${formatCount((total.votes ?? 0) - outcome.parts)})${outcome.withNonVotes ? '; with its blank and over/under votes it is not that either' : ''}.`,
            [...total.lines, ...unit.results.flatMap((r) => r.lines)],
          ),
        );
      }
    }
    for (const stated of unit.stated.results) {
      const result = unit.results.find((r) => r.candidateId === stated.candidateId);
      const parts = result?.votes ?? 0;
      if (stated.votes === null || stated.votes === parts) continue;
      const statewide = contest.results.find((r) => r.candidateId === stated.candidateId)?.votes;
      const hint =
        statewide === stated.votes ? ': it is the statewide sum, so the row may total the whole state' : '';
      findings.push(
        finding(
          'unit-candidate-total-mismatch',
          'error',
          `${unitLabel(unit, byId)}: ${result?.candidate ?? stated.candidateId}'s rows in the units inside it add up to ${formatCount(parts)}, but the file's row for ${unit.name} as a whole states ${formatCount(stated.votes)} (off by ${formatCount(stated.votes - parts)})${hint}.`,
          [...stated.lines, ...(result?.lines ?? [])],
        ),
      );
    }
  }
  const state = contest.openElections?.stated;
  if (state) {
    for (const stated of state.results) {
      const row = contest.results.find((r) => r.candidateId === stated.candidateId);
      const parts = row?.votes ?? 0;
      if (stated.votes === null || stated.votes === parts) continue;
      const lines = units
        .filter((u) => u.parent === null)
        .flatMap((u) =>
          u.results.filter((r) => r.candidateId === stated.candidateId).flatMap((r) => r.lines),
        );
      findings.push(
        finding(
          'state-candidate-total-mismatch',
          'error',
          `${row?.candidate ?? stated.candidateId}: the units add up to ${formatCount(parts)}, but the file's statewide row states ${formatCount(stated.votes)} (off by ${formatCount(stated.votes - parts)}).`,
          [...stated.lines, ...lines.slice(0, 200)],
        ),
      );
    }
    if (state.total) {
      const nonVotes = sumVotes(units.filter((u) => u.parent === null).flatMap((u) => u.nonVotes));
      const outcome = compareTotal(state.total, contest.totals.votes ?? 0, nonVotes);
      if (outcome === 'agrees-with-non-votes') {
        withNonVotes++;
        withNonVotesLines.push(...state.total.lines);
      } else if (outcome) {
        findings.push(
          finding(
            'state-total-mismatch',
            'error',
            `The units add up to ${formatCount(outcome.parts)} votes${state.total.parties === 'all' ? ' (every party of the office)' : ''}, but the file's statewide "${state.total.label}" row states ${formatCount(state.total.votes ?? 0)} (off by ${formatCount((state.total.votes ?? 0) - outcome.parts)})${outcome.withNonVotes ? '; with the blank and over/under votes it is not that either' : ''}.`,
            state.total.lines,
          ),
        );
      }
    }
  }
  if (withNonVotes > 0) {
    findings.push(
      finding(
        'stated-total-with-non-votes',
        'info',
        `${withNonVotes} of the file's Total rows count the blank and over/under votes too: they equal the candidates' votes plus those, which the results leave out.`,
        withNonVotesLines,
      ),
    );
  }
  return findings;
}
