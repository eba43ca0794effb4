import type { Contest } from '../schema/contest.js';
import type { ContestSummary, FindingBrief } from '../schema/data-package.js';
import type { Finding, Severity } from '../schema/finding.js';
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
  const acknowledged = contest.findings.filter((f) => f.acknowledgement !== undefined).length;
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
    findings: { error: count('error'), warning: count('warning'), info: count('info'), acknowledged },
    findingsBrief: briefs(contest.findings),
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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each finding in brief, errors first, then by line and code: what a count of findings stands for. */
export function briefs(findings: readonly Finding[]): FindingBrief[] {
  return [...findings]
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.line - b.line ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    )
    .map((finding) => ({
      severity: finding.severity,
      code: finding.code,
      line: finding.line,
      acknowledgement: finding.acknowledgement ?? null,
    }));
}
