import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceChecker } from './check-sources.ts';
import { formatDiagnostic } from './diagnostic.ts';

const source = (file: string, path: string) => ({ file, bytes: new Uint8Array(readFileSync(path)) });
const northDakota = join(import.meta.dirname, '../sources/2004-north-dakota-democratic-caucuses.txt');
const wrongTotal = join(import.meta.dirname, '../scripts/fixtures/wrong-total.txt');
const garbled = join(import.meta.dirname, '../scripts/fixtures/garbled-cell.txt');

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

  it('reports no sources at all as sources-empty', () => {
    expect(
      sourceChecker([], 'acknowledgements.json')
        .finish()
        .problems.map((problem) => problem.code),
    ).toEqual(['sources-empty']);
  });
});
