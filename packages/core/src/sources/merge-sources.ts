import { combineContests } from '../audit/combine-sources.js';
import { contestTitle } from '../openelections/contest-title.js';
import { coverageOf } from '../openelections/coverage.js';
import type { Contest, ResultRow } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import type { SourceCredit, SourceRecord, SourceUse } from '../schema/source.js';
import type { Unit } from '../schema/unit.js';

/** A contest as one source document gives it (audited), with the credit that document is owed. */
export interface SourcedContest {
  contest: Contest;
  credit: SourceCredit;
}

const isArticle = (contest: Contest) => (contest.format ?? 'article') === 'article';
const byFile = (a: SourcedContest, b: SourcedContest) =>
  a.contest.source.file < b.contest.source.file ? -1 : a.contest.source.file > b.contest.source.file ? 1 : 0;

/** Two files cover parts of the state that do not meet: both place their units, and no county is in both. */
function disjoint(a: Contest, b: Contest): boolean {
  if (!a.coverage || !b.coverage || a.coverage.scope === 'unknown' || b.coverage.scope === 'unknown') return false;
  const counties = new Set(a.coverage.counties);
  return b.coverage.counties.every((fips) => !counties.has(fips));
}

/** A finding of one file in a contest whose first source is another: each line it cites, named with its file. */
function fromFile(findings: readonly Finding[], file: string, primary: string): Finding[] {
  if (file === primary) return [...findings];
  return findings.map((finding) =>
    finding.sources
      ? finding
      : {
          ...finding,
          sources: (finding.lines.length > 0 ? finding.lines : [finding.line]).map((line) => ({ file, line })),
        },
  );
}

/** Units of one file in a contest whose first source is another: each names its file (unless it names one already); ids kept unique. */
function unitsFrom(units: readonly Unit[], file: string, primary: string, taken: Set<string>): Unit[] {
  const renamed = new Map<string, string>();
  const out: Unit[] = [];
  for (const unit of units) {
    let id = unit.id;
    for (let n = 2; taken.has(id); n++) id = `${unit.id}-${n}`;
    taken.add(id);
    if (id !== unit.id) renamed.set(unit.id, id);
    const parent = unit.parent === null ? null : (renamed.get(unit.parent) ?? unit.parent);
    const from = unit.file ?? file;
    out.push({ ...unit, id, parent, ...(from === primary ? {} : { file: from }) });
  }
  return out;
}

/** Candidates first, by votes, most first; then the pseudo-candidates, by votes: as a file's own contest orders them. */
function byVotes(a: ResultRow, b: ResultRow): number {
  return (
    (a.kind === 'candidate' ? 0 : 1) - (b.kind === 'candidate' ? 0 : 1) || (b.votes ?? -1) - (a.votes ?? -1)
  );
}

/**
 * Files that each cover a part of the state (their counties do not meet) as one contest: the units of all of
 * them, each result the sum of theirs, the coverage and title of the parts together, every finding of each.
 */
function joinParts(parts: readonly SourcedContest[]): Contest {
  const first = (parts[0] as SourcedContest).contest;
  if (parts.length === 1) return first;
  const primary = first.source.file;
  const taken = new Set<string>();
  const units = parts.flatMap(({ contest }) =>
    unitsFrom(contest.units ?? [], contest.source.file, primary, taken),
  );
  const results = new Map<string, ResultRow>();
  for (const { contest } of parts) {
    for (const row of contest.results) {
      const known = results.get(row.candidateId);
      if (known) {
        if (row.votes !== null) known.votes = (known.votes ?? 0) + row.votes;
      } else {
        const file = row.file ?? contest.source.file;
        results.set(row.candidateId, { ...row, ...(file === primary ? {} : { file }) });
      }
    }
  }
  const rows = [...results.values()].sort(byVotes);
  const counted = rows.filter((row) => row.votes !== null);
  const covered = new Set(parts.flatMap(({ contest }) => contest.coverage?.counties ?? []));
  const coverage = coverageOf(first.stateCode, covered, true);
  return {
    ...first,
    title: contestTitle(
      first,
      coverage,
      units.filter((unit) => unit.parent === null).map((unit) => unit.name),
    ),
    results: rows,
    totals: {
      ...first.totals,
      votes: counted.length > 0 ? counted.reduce((sum, row) => sum + (row.votes ?? 0), 0) : null,
    },
    units,
    coverage,
    findings: parts.flatMap(({ contest }) => fromFile(contest.findings, contest.source.file, primary)),
  };
}

function sourceRecord({ contest, credit }: SourcedContest, uses: SourceUse[]): SourceRecord {
  return {
    file: contest.source.file,
    format: contest.format ?? 'article',
    sha256: contest.source.sha256,
    bytes: contest.source.bytes,
    lines: contest.source.lines,
    coverage: isArticle(contest) ? null : (contest.coverage ?? null),
    uses,
    credit,
  };
}

/**
 * One contest from every source document that gives it (the same id), nothing chosen silently:
 *
 * - an article's figures are the results (it states the statewide figures, shares and delegates), and the
 *   OpenElections files' units are the contest's units;
 * - files that each cover a part of the state (no county in two of them: the two Mississippi 2004 county
 *   files) are parts: their units together, each result their sum, the coverage of all of them;
 * - any other file (one covering a county another covers, or a second article) is compared only;
 * - every figure two sources give differently is a finding naming both files and lines (`combineContests`),
 *   and each source's own findings are kept, those of a file other than the first naming it in `sources`.
 *
 * `sources` lists each document, what the contest took from it and its credit; the first is `source`. The
 * contests must share one id: the data build groups them so.
 */
export function mergeSources(sources: readonly SourcedContest[]): Contest {
  const articles = sources.filter(({ contest }) => isArticle(contest));
  const files = sources.filter(({ contest }) => !isArticle(contest)).sort(byFile);
  const parts: SourcedContest[] = [];
  const compared: SourcedContest[] = [...articles.slice(1)];
  for (const file of files) {
    if (parts.every(({ contest }) => disjoint(contest, file.contest))) parts.push(file);
    else compared.push(file);
  }
  const fromFiles = parts.length > 0 ? joinParts(parts) : null;
  const article = articles[0];
  const base = article?.contest ?? fromFiles;
  if (!base) throw new Error('mergeSources needs at least one source');
  const primary = base.source.file;
  const findings: Finding[] = [...base.findings];
  let contest: Contest = base;
  if (article && fromFiles) {
    const combined = combineContests(article.contest, fromFiles);
    findings.push(...fromFile(fromFiles.findings, fromFiles.source.file, primary));
    findings.push(...(combined?.findings ?? []));
    const { units, coverage, openElections } = fromFiles;
    contest = {
      ...article.contest,
      date: article.contest.date ?? fromFiles.date,
      units: unitsFrom(units ?? [], fromFiles.source.file, primary, new Set()),
      ...(coverage ? { coverage } : {}),
      ...(openElections ? { openElections } : {}),
    };
  }
  for (const other of compared) {
    findings.push(...(combineContests(base, other.contest)?.findings ?? []));
  }
  const records: SourceRecord[] = [
    ...(article ? [sourceRecord(article, ['results'])] : []),
    ...parts.map((part) => sourceRecord(part, article ? ['units', 'compared'] : ['results', 'units'])),
    ...compared.map((other) => sourceRecord(other, ['compared'])),
  ];
  return { ...contest, findings, sources: records };
}
