import { readPersonName } from '../openelections/candidate-names.js';
import { buildRoster } from '../openelections/roster.js';
import type { CombinedContest, CombinedResult, SourceFigure } from '../schema/combined.js';
import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding, SourceLine } from '../schema/finding.js';
import { formatCount } from './precision.js';

/** A row's figure with every line it comes from: the row, or for a source with units, its rows in them. */
function figureOf(contest: Contest, row: ResultRow): SourceFigure {
  const fromUnits = (contest.units ?? [])
    .filter((unit) => unit.parent === null)
    .flatMap((unit) => unit.results.filter((r) => r.candidateId === row.candidateId).flatMap((r) => r.lines));
  return {
    file: row.file ?? contest.source.file,
    candidate: row.candidate,
    votes: row.votes,
    percent: row.percent,
    delegates: row.delegates,
    lines: fromUnits.length > 0 ? [...new Set(fromUnits)].sort((a, b) => a - b) : [row.line],
  };
}

function cross(code: string, severity: Finding['severity'], message: string, sources: SourceLine[]): Finding {
  const first = sources.filter((s) => s.file === sources[0]?.file).map((s) => s.line);
  const lines = [...new Set(first)].sort((a, b) => a - b);
  return { code, severity, message, line: first[0] ?? 1, lines, sources };
}

const raceIdOf = (contest: Contest) =>
  contest.raceId ?? `${contest.year}-${contest.party.toLowerCase().replaceAll(' ', '-')}`;

/**
 * Pairs rows of the second contest with the first's: the same candidate id; else the same person by name
 * (`Richard Gephardt` and `Dick Gephardt` in one race); else the only pseudo-candidate of a kind on each side.
 */
function pairRows(a: Contest, b: Contest): Map<ResultRow, ResultRow> {
  const pairs = new Map<ResultRow, ResultRow>();
  const taken = new Set<ResultRow>();
  for (const row of b.results) {
    const same = a.results.find((r) => r.candidateId === row.candidateId && !taken.has(r));
    if (same) {
      pairs.set(row, same);
      taken.add(same);
    }
  }
  const roster = buildRoster(
    a.results
      .filter((r) => r.kind === 'candidate' && !taken.has(r))
      .map((r) => ({
        candidateId: r.candidateId,
        candidate: r.candidate,
        year: a.year,
        party: raceIdOf(a).slice(5),
        from: 'article' as const,
      })),
  );
  for (const row of b.results) {
    if (pairs.has(row)) continue;
    if (row.kind === 'candidate') {
      const name = readPersonName(row.candidate);
      const match = name ? roster.match(name, a.year, raceIdOf(a).slice(5)) : null;
      const other = match
        ? a.results.find((r) => r.candidateId === match.candidateId && !taken.has(r))
        : undefined;
      if (other) {
        pairs.set(row, other);
        taken.add(other);
      }
      continue;
    }
    const ofKind = (c: Contest) => c.results.filter((r) => r.kind === row.kind);
    const mine = ofKind(b);
    const theirs = ofKind(a).filter((r) => !taken.has(r));
    if (mine.length === 1 && theirs.length === 1) {
      pairs.set(row, theirs[0] as ResultRow);
      taken.add(theirs[0] as ResultRow);
    }
  }
  return pairs;
}

/**
 * Combines two sources of the same contest (an article and an OpenElections file, or any two) into one
 * contest with both, figure by figure. Every disagreement is a finding naming both files and lines: a
 * candidate only one source lists, a vote count or total that differs, another date, a source covering only
 * part of the state. Nothing is chosen between them. Null when the two are not the same contest (id).
 */
export function combineContests(first: Contest, second: Contest): CombinedContest | null {
  if (first.id !== second.id) return null;
  const pairs = pairRows(first, second);
  const findings: Finding[] = [];
  const fileA = first.source.file;
  const fileB = second.source.file;
  const paired = new Map<ResultRow, ResultRow>([...pairs].map(([b, a]) => [a, b]));
  const results: CombinedResult[] = [];
  for (const row of first.results) {
    const other = paired.get(row);
    results.push({
      candidate: row.candidate,
      candidateId: row.candidateId,
      kind: row.kind,
      figures: other ? [figureOf(first, row), figureOf(second, other)] : [figureOf(first, row)],
    });
    if (!other) {
      findings.push(
        cross(
          'sources-candidate-missing',
          'warning',
          `${row.candidate} (${row.votes === null ? 'no count' : `${formatCount(row.votes)} votes`}) is in ${fileA} but not in ${fileB}.`,
          [
            { file: row.file ?? fileA, line: row.line },
            { file: fileB, line: second.lines.resultsTable },
          ],
        ),
      );
    } else if (row.votes !== null && other.votes !== null && row.votes !== other.votes) {
      findings.push(
        cross(
          'sources-votes-mismatch',
          'warning',
          `${row.candidate}: ${formatCount(row.votes)} votes in ${fileA}, ${formatCount(other.votes)} in ${fileB} (off by ${formatCount(other.votes - row.votes)}).`,
          [
            { file: row.file ?? fileA, line: row.line },
            { file: other.file ?? fileB, line: other.line },
          ],
        ),
      );
    }
  }
  for (const row of second.results) {
    if (pairs.has(row)) continue;
    results.push({
      candidate: row.candidate,
      candidateId: row.candidateId,
      kind: row.kind,
      figures: [figureOf(second, row)],
    });
    findings.push(
      cross(
        'sources-candidate-missing',
        'warning',
        `${row.candidate} (${row.votes === null ? 'no count' : `${formatCount(row.votes)} votes`}) is in ${fileB} but not in ${fileA}.`,
        [
          { file: fileA, line: first.lines.resultsTable },
          { file: row.file ?? fileB, line: row.line },
        ],
      ),
    );
  }
  const totalA = first.totals.votes;
  const totalB = second.totals.votes;
  if (totalA !== null && totalB !== null && totalA !== totalB) {
    findings.push(
      cross(
        'sources-total-mismatch',
        'warning',
        `The total is ${formatCount(totalA)} votes in ${fileA} and ${formatCount(totalB)} in ${fileB} (off by ${formatCount(totalB - totalA)}).`,
        [
          { file: fileA, line: first.totals.line },
          { file: fileB, line: second.totals.line },
        ],
      ),
    );
  }
  if (first.date !== null && second.date !== null && first.date !== second.date) {
    findings.push(
      cross(
        'sources-date-mismatch',
        'warning',
        `The date is ${first.date} in ${fileA} and ${second.date} in ${fileB}.`,
        [
          { file: fileA, line: first.lines.date ?? first.lines.title },
          { file: fileB, line: second.lines.date ?? second.lines.title },
        ],
      ),
    );
  }
  for (const [contest, file] of [
    [first, fileA],
    [second, fileB],
  ] as const) {
    if (contest.coverage && contest.coverage.scope !== 'statewide') {
      findings.push(
        cross(
          'sources-coverage-partial',
          'info',
          `${file} does not cover the whole state (${contest.coverage.scope}: ${contest.coverage.note}), so its sums are not statewide figures; the disagreements above may come from that.`,
          [{ file, line: contest.lines.resultsTable }],
        ),
      );
    }
  }
  const source = (c: Contest) => ({
    file: c.source.file,
    format: c.format ?? ('article' as const),
    sha256: c.source.sha256,
    title: c.title,
    coverage: c.coverage ?? null,
  });
  return {
    id: first.id,
    raceId: raceIdOf(first),
    title: first.title,
    year: first.year,
    state: first.state,
    stateCode: first.stateCode,
    party: first.party,
    type: first.type,
    date: first.date ?? second.date,
    sources: [source(first), source(second)],
    results,
    units: (first.units?.length ?? 0) > 0 ? (first.units ?? []) : (second.units ?? []),
    findings,
  };
}
