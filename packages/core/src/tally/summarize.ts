import type { Contest } from '../schema/contest.js';
import type { ContestSummary } from '../schema/data-package.js';
import type { Severity } from '../schema/finding.js';
import type { SourceKind } from '../schema/source.js';
import { tallyContest } from './contest-tally.js';
import { raceIdOf } from './race-id.js';

/**
 * A contest without its rows: what it is, who won (see `tallyContest`), its totals as the Total row states
 * them (the rows' sum where the Total row gives no figure), and how many findings of each severity it
 * carries. An unaudited contest, straight from the parser, has none.
 */
export function summarizeContest(contest: Contest): ContestSummary {
  const tally = tallyContest(contest);
  const count = (severity: Severity) => contest.findings.filter((f) => f.severity === severity).length;
  return {
    id: contest.id,
    title: contest.title,
    year: contest.year,
    state: contest.state,
    stateCode: contest.stateCode,
    party: contest.party,
    raceId: raceIdOf(contest),
    type: contest.type,
    date: contest.date,
    unit: contest.unit,
    totalVotes: tally.totals.statedVotes ?? tally.totals.votes,
    totalDelegates: tally.totals.statedDelegates ?? tally.totals.delegates,
    outcome: tally.outcome,
    winner: tally.winner,
    undetermined: tally.undetermined,
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
    source: { file: contest.source.file, sha256: contest.source.sha256 },
    sources: sourceKindsOf(contest),
    coverage: contest.format === 'openelections-csv' ? (contest.coverage?.scope ?? 'unknown') : 'statewide',
  };
}

/** The kinds of a contest's sources, each once, in source order: its `sources`, else its own format's. */
export function sourceKindsOf(contest: Contest): SourceKind[] {
  const kinds = contest.sources?.map((source) => source.credit.kind) ?? [
    contest.format === 'openelections-csv' ? 'openelections' : 'wikipedia',
  ];
  return [...new Set(kinds)];
}
