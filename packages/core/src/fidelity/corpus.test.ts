import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withAudit } from '../audit/audit-contest.js';
import { FindingCode } from '../audit/codes.js';
import { parseContest } from '../parse/parse-contest.js';
import { Contest } from '../schema/contest.js';
import type { Finding } from '../schema/finding.js';
import { ParseErrorCode } from '../schema/parse-error.js';
import type { ContestTally } from '../schema/tally.js';
import { tallyContest } from '../tally/contest-tally.js';
import {
  type At,
  EXPECTATIONS,
  type Expectation,
  type ExpectedContest,
  type ExpectedError,
  FIDELITY_CLASSES,
  type FidelityClass,
} from './expectations.js';

const dir = new URL('corpus/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const textOf = (file: string) => readFileSync(new URL(file, dir), 'utf8');

/** The 1-based line a text stands on; it must stand on exactly one line of the document. */
function lineOf(file: string, at: At): number {
  const hits = textOf(file)
    .split('\n')
    .flatMap((line, i) => (line.includes(at) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`"${at}" stands on ${hits.length} lines of ${file}, not one`);
  return hits[0] as number;
}

/** The primary line the contract adds to a finding; undefined until it lands. */
const primaryLine = (f: Finding): number | undefined => (f as Finding & { line?: number }).line;
const summary = (f: Finding) => ({
  code: f.code,
  severity: f.severity,
  line: primaryLine(f),
  lines: f.lines,
});

interface Run {
  error: { code: string; line: number; message: string } | null;
  contest: Contest | null;
  tally: ContestTally | null;
}

const runs = new Map<string, Run>();
/** Parses, audits and tallies a document once; a throw is a bug and fails every test of the document. */
function run(file: string): Run {
  const known = runs.get(file);
  if (known) return known;
  const result = parseContest(textOf(file), { file });
  let out: Run = { error: null, contest: null, tally: null };
  if (!result.ok) out = { ...out, error: result.error };
  else {
    const contest = withAudit(result.contest);
    out = { ...out, contest, tally: tallyContest(contest) };
  }
  runs.set(file, out);
  return out;
}

/** True when the document was refused with the error the expectation allows instead of a contest. */
function refusedAsAllowed(e: Expectation, r: Run): boolean {
  if (!('orError' in e) || !e.orError || r.error === null) return false;
  return (
    r.error.code === e.orError.code &&
    (e.orError.line === undefined || r.error.line === lineOf(e.file, e.orError.line))
  );
}

/** The contest, or a failure that says which error refused it. */
function contestOf(r: Run): Contest {
  expect(r.error, 'the document must parse').toBeNull();
  return r.contest as Contest;
}

function expectError(e: Expectation & { error: ExpectedError }) {
  const r = run(e.file);
  expect(
    r.contest === null ? null : 'parsed',
    `the document must be refused with ${e.error.code}`,
  ).toBeNull();
  expect({ code: r.error?.code, line: e.error.line === undefined ? undefined : r.error?.line }).toEqual({
    code: e.error.code,
    line: e.error.line === undefined ? undefined : lineOf(e.file, e.error.line),
  });
}

function figuresOf(file: string, c: Contest, want: ExpectedContest) {
  const actual: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  if (want.id !== undefined) [actual.id, expected.id] = [c.id, want.id];
  if (want.unit !== undefined) [actual.unit, expected.unit] = [c.unit, want.unit];
  if (want.resultsTable !== undefined)
    [actual.resultsTable, expected.resultsTable] = [c.lines.resultsTable, lineOf(file, want.resultsTable)];
  if (want.rows !== undefined)
    [actual.rows, expected.rows] = [
      c.results.map((r) => [r.candidate, r.votes, r.percent, r.delegates]),
      want.rows.map((r) => [...r]),
    ];
  if (want.totals !== undefined)
    [actual.totals, expected.totals] = [
      [c.totals.votes, c.totals.percent, c.totals.delegates],
      [...want.totals],
    ];
  if (want.totalLine !== undefined)
    [actual.totalLine, expected.totalLine] = [c.totals.line, lineOf(file, want.totalLine)];
  return { actual, expected };
}

function checkFindings(file: string, c: Contest, want: ExpectedContest) {
  const found = c.findings.map(summary);
  for (const f of want.findings ?? []) {
    const pattern: Record<string, unknown> = { code: f.code };
    if (f.severity !== undefined) pattern.severity = f.severity;
    if (f.line !== undefined) pattern.line = lineOf(file, f.line);
    if (f.lines !== undefined) pattern.lines = expect.arrayContaining(f.lines.map((at) => lineOf(file, at)));
    expect(found, `a ${f.code} finding`).toEqual(expect.arrayContaining([expect.objectContaining(pattern)]));
  }
  const absent = new Set<string>(want.absent ?? []);
  expect(
    found.filter((f) => absent.has(f.code)),
    'findings that must be absent',
  ).toEqual([]);
  if (want.clean) {
    expect(
      found.filter((f) => f.severity !== 'info'),
      'no warning or error',
    ).toEqual([]);
  }
}

describe('the fidelity corpus', () => {
  test('every document has one expectation, and every expectation a document', () => {
    const named = EXPECTATIONS.map((e) => e.file);
    expect(new Set(named).size, 'a document named twice').toBe(named.length);
    expect([...named].sort()).toEqual(files);
  });

  test('covers every class of issue 11 with several variants, and at least 10 clean documents', () => {
    const count = (c: FidelityClass) => EXPECTATIONS.filter((e) => e.class === c).length;
    for (const c of Object.keys(FIDELITY_CLASSES) as FidelityClass[]) {
      expect(count(c), `${c}: ${FIDELITY_CLASSES[c]}`).toBeGreaterThanOrEqual(c === 'clean' ? 10 : 5);
    }
    expect(EXPECTATIONS.length).toBeGreaterThanOrEqual(70);
  });

  test('every line an expectation names stands on exactly one line of its document', () => {
    for (const e of EXPECTATIONS) {
      const ats: At[] = [];
      if ('error' in e) {
        if (e.error.line !== undefined) ats.push(e.error.line);
      } else {
        const c = e.contest;
        for (const at of [c.resultsTable, c.totalLine, c.dateLine]) if (typeof at === 'string') ats.push(at);
        for (const f of c.findings ?? [])
          ats.push(...(f.line === undefined ? [] : [f.line]), ...(f.lines ?? []));
        if (e.orError?.line !== undefined) ats.push(e.orError.line);
      }
      for (const at of ats) expect(() => lineOf(e.file, at)).not.toThrow();
    }
  });

  test('every code the corpus expects is a documented code (the contract adds them to the enums)', () => {
    const errors = new Set<string>(ParseErrorCode.options);
    const findings = new Set<string>(FindingCode.options);
    const missing = EXPECTATIONS.flatMap((e) => {
      const codes: string[] = [];
      if ('error' in e) {
        if (!errors.has(e.error.code)) codes.push(e.error.code);
      } else {
        if (e.orError && !errors.has(e.orError.code)) codes.push(e.orError.code);
        for (const f of e.contest.findings ?? []) if (!findings.has(f.code)) codes.push(f.code);
        for (const code of e.contest.absent ?? []) if (!findings.has(code)) codes.push(code);
      }
      return codes;
    });
    expect([...new Set(missing)].sort()).toEqual([]);
  });

  test('every finding of every document has a primary line among the lines it names', () => {
    const wrong = EXPECTATIONS.flatMap((e) =>
      (run(e.file).contest?.findings ?? [])
        .filter((f) => {
          const line = primaryLine(f);
          return line === undefined || !f.lines.includes(line);
        })
        .map((f) => `${e.file}: ${f.code} line ${primaryLine(f)} lines ${f.lines.join(',')}`),
    );
    expect(wrong).toEqual([]);
  });
});

for (const e of EXPECTATIONS)
  describe(`${e.file} [${e.class}] ${e.exercises}`, () => {
    if ('error' in e) {
      test(`is refused: ${e.error.code}${e.error.line === undefined ? '' : ' at its line'}`, () => {
        expectError(e);
      });
      return;
    }
    const want = e.contest;
    const alt = e.orError ? ` (or refused: ${e.orError.code})` : '';

    test(`parses to a valid contest${alt}`, () => {
      const r = run(e.file);
      if (refusedAsAllowed(e, r)) return;
      expect(Contest.safeParse(contestOf(r)).success).toBe(true);
    });

    if (['id', 'unit', 'resultsTable', 'rows', 'totals', 'totalLine'].some((k) => k in want)) {
      test(`reads the document's own figures${alt}`, () => {
        const r = run(e.file);
        if (refusedAsAllowed(e, r)) return;
        const { actual, expected } = figuresOf(e.file, contestOf(r), want);
        expect(actual).toEqual(expected);
      });
    }

    if ('date' in want || 'dateLine' in want) {
      test(`reads the date${want.dateLine === undefined ? '' : ' and its line'}${alt}`, () => {
        const r = run(e.file);
        if (refusedAsAllowed(e, r)) return;
        const c = contestOf(r);
        const actual: Record<string, unknown> = {};
        const expected: Record<string, unknown> = {};
        if (want.date !== undefined) [actual.date, expected.date] = [c.date, want.date];
        if (want.dateLine !== undefined)
          [actual.dateLine, expected.dateLine] = [
            c.lines.date,
            want.dateLine === null ? null : lineOf(e.file, want.dateLine),
          ];
        expect(actual).toEqual(expected);
      });
    }

    if (want.findings || want.absent || want.clean) {
      const what = [
        want.findings ? `reports ${want.findings.map((f) => f.code).join(', ')}` : '',
        want.clean ? 'no warning or error' : '',
        want.absent ? `not ${want.absent.join(', ')}` : '',
      ]
        .filter((s) => s !== '')
        .join('; ');
      test(`${what}${alt}`, () => {
        const r = run(e.file);
        if (refusedAsAllowed(e, r)) return;
        checkFindings(e.file, contestOf(r), want);
      });
    }

    if ('outcome' in want || 'winner' in want || 'runnerUp' in want) {
      test(`tallies the outcome${want.outcome ? ` ${want.outcome}` : ''}${alt}`, () => {
        const r = run(e.file);
        if (refusedAsAllowed(e, r)) return;
        contestOf(r);
        const t = r.tally as ContestTally;
        const actual: Record<string, unknown> = {};
        const expected: Record<string, unknown> = {};
        if (want.outcome !== undefined) [actual.outcome, expected.outcome] = [t.outcome, want.outcome];
        if (want.winner !== undefined)
          [actual.winner, expected.winner] = [t.winner?.candidateId ?? null, want.winner];
        if (want.runnerUp !== undefined)
          [actual.runnerUp, expected.runnerUp] = [t.runnerUp?.candidateId ?? null, want.runnerUp];
        expect(actual).toEqual(expected);
      });
    }
  });
