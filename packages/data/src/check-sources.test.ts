import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceChecker } from './check-sources.ts';
import { formatDiagnostic } from './diagnostic.ts';

const source = (file: string, path: string) => ({ file, bytes: new Uint8Array(readFileSync(path)) });
const northDakota = join(import.meta.dirname, '../sources/2004-north-dakota-democratic-caucuses.txt');
const wrongTotal = join(import.meta.dirname, '../scripts/fixtures/wrong-total.txt');
const garbled = join(import.meta.dirname, '../scripts/fixtures/garbled-cell.txt');
const alcorn = join(
  import.meta.dirname,
  '../sources/openelections/ms/20040309__ms__democrat__primary__alcorn.csv',
);

describe('sourceChecker', () => {
  it('gives each source its audited contest, one at a time', () => {
    const checker = sourceChecker([], 'acknowledgements.json');
    const contest = checker.check(source('sources/nd.txt', northDakota));
    expect([contest?.id, contest?.source.file]).toEqual(['2004-nd-democratic-caucus', 'sources/nd.txt']);
    expect(checker.finish().problems).toEqual([]);
  });

  it('gives no contest for a source that does not parse or repeats an id, and reports both', () => {
    const checker = sourceChecker([], 'acknowledgements.json');
    checker.check(source('sources/a.txt', northDakota));
    expect(checker.check(source('sources/b.txt', northDakota))).toBeNull();
    expect(checker.check(source('sources/c.txt', garbled))).toBeNull();
    expect(checker.finish().problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['sources/b.txt', 'contest-id-duplicate'],
      ['sources/c.txt', 'cell-not-numeric'],
    ]);
  });

  it('reports the findings of a file that repeats an id, beside the duplicate', () => {
    const checker = sourceChecker([], 'acknowledgements.json');
    checker.check(source('sources/a.txt', northDakota));
    expect(checker.check(source('sources/b.txt', wrongTotal))).toBeNull();
    expect(checker.finish().problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['sources/b.txt', 'contest-id-duplicate'],
      ['sources/b.txt', 'votes-total-mismatch'],
    ]);
  });

  it('keeps an error finding a problem unless an entry acknowledges it', () => {
    const unreviewed = sourceChecker([], 'acknowledgements.json');
    unreviewed.check(source('sources/w.txt', wrongTotal));
    expect(unreviewed.finish().problems.map(formatDiagnostic)[0]).toMatch(
      /^sources\/w\.txt:58: error votes-total-mismatch: /,
    );
    const entry = {
      file: 'sources/w.txt',
      code: 'votes-total-mismatch',
      lines: [51, 52, 53, 54, 55, 56, 57, 58],
      reason: 'Test fixture: the Total row is wrong on purpose.',
    };
    const reviewed = sourceChecker([entry], 'acknowledgements.json');
    reviewed.check(source('sources/w.txt', wrongTotal));
    const { problems, acknowledged } = reviewed.finish();
    expect([problems, acknowledged.map((item) => item.acknowledgement)]).toEqual([[], [entry]]);
  });

  it('reads an OpenElections file into its audited contests, names through the roster; one that does not read is a problem', () => {
    const checker = sourceChecker([], 'acknowledgements.json');
    const roster = [
      {
        candidateId: 'jack-kerry',
        candidate: 'Jack Kerry',
        year: 2004,
        party: 'democratic',
        from: 'article' as const,
      },
    ];
    const file = 'sources/openelections/ms/20040309__ms__democrat__primary__alcorn.csv';
    const [contest] = checker.checkCsv(source(file, alcorn), []);
    expect(contest?.id).toBe('2004-ms-democratic-primary');
    expect(contest?.findings.length).toBeGreaterThan(0);
    const ids = checker.checkCsv(source(file, alcorn), roster)[0]?.results.map((r) => r.candidateId);
    // The race's only Kerry in the roster: the file's John F. Kerry takes that id.
    expect(ids).toContain('jack-kerry');
    expect(ids).not.toContain('john-kerry');
    expect(checker.checkCsv(source('sources/openelections/ms/x.csv', garbled), [])).toEqual([]);
    const { problems } = checker.finish();
    expect(problems.filter((p) => p.file.endsWith('x.csv')).map((p) => p.code)).toEqual([
      'csv-context-missing',
    ]);
    // Its error findings are problems until acknowledged, as an article's are.
    expect(problems.some((p) => p.file === file && p.code === 'unit-total-mismatch')).toBe(true);
  });

  it('reports findings made after the sources were read at the first file they name', () => {
    const checker = sourceChecker([], 'acknowledgements.json');
    checker.report(
      [
        {
          code: 'sources-votes-mismatch',
          severity: 'warning',
          message: 'm',
          line: 3,
          lines: [3],
          sources: [
            { file: 'sources/a.txt', line: 3 },
            { file: 'sources/b.csv', line: 9 },
          ],
        },
      ],
      'sources/z.txt',
    );
    expect(checker.finish().warnings.map((w) => [w.file, w.code])).toEqual([
      ['sources/a.txt', 'sources-votes-mismatch'],
    ]);
  });

  it('reports no sources at all as sources-empty', () => {
    expect(
      sourceChecker([], 'acknowledgements.json')
        .finish()
        .problems.map((problem) => problem.code),
    ).toEqual(['sources-empty']);
  });
});
