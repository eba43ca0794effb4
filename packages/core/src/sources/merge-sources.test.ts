import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { withAudit } from '../audit/audit-contest.js';
import { readOpenElections } from '../openelections/read-openelections.js';
import { parseContest } from '../parse/parse-contest.js';
import { Contest } from '../schema/contest.js';
import { articleCredit, openElectionsCredit } from './credits.js';
import { mergeSources, type SourcedContest } from './merge-sources.js';

const OE = new URL('../../../data/sources/openelections/', import.meta.url);
const ALCORN = 'ms/20040309__ms__democrat__primary__alcorn.csv';
const AMITE = 'ms/20040309__ms__democrat__primary__amite.csv';
const DC = 'dc/20080212__dc__primary__president__ward.csv';

const origin = (file: string) => ({ repository: 'openelections/openelections-data-x', path: file, commit: 'c'.repeat(40) });

/** The contests of one real file, audited, each with its credit. */
function fromFile(file: string, as = file): SourcedContest[] {
  const read = readOpenElections(new Uint8Array(readFileSync(new URL(file, OE))), { file: as });
  if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
  return read.contests.map((contest) => ({ contest: withAudit(contest), credit: openElectionsCredit(origin(as)) }));
}

const only = (list: SourcedContest[], id: string) => {
  const found = list.find((s) => s.contest.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('mergeSources: files that each cover part of the state', () => {
  const alcorn = only(fromFile(ALCORN), '2004-ms-democratic-primary');
  const amite = only(fromFile(AMITE), '2004-ms-democratic-primary');
  const merged = mergeSources([amite, alcorn]);

  test('give one contest with the units of both, each naming its file, and a partial coverage of both counties', () => {
    expect(() => Contest.parse(merged)).not.toThrow();
    expect(merged.source.file).toBe(ALCORN);
    const top = (merged.units ?? []).filter((unit) => unit.parent === null);
    expect(top.map((unit) => [unit.name, unit.fips, unit.file])).toEqual([
      ['Alcorn', '28003', undefined],
      ['Amite', '28005', AMITE],
    ]);
    expect(merged.units).toHaveLength((alcorn.contest.units?.length ?? 0) + (amite.contest.units?.length ?? 0));
    expect(merged.coverage?.scope).toBe('partial');
    expect(merged.coverage?.counties).toEqual(['28003', '28005']);
    expect(merged.title).toBe('2004 Mississippi Democratic presidential primary (Alcorn, Amite only)');
  });

  test('each result is the sum of the files’ results, and the total the sum of the results', () => {
    for (const row of merged.results) {
      const of = (s: SourcedContest) => s.contest.results.find((r) => r.candidateId === row.candidateId)?.votes;
      const parts = [of(alcorn), of(amite)].filter((v): v is number => typeof v === 'number');
      expect(row.votes).toBe(parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0));
    }
    const kerry = merged.results.find((r) => r.candidateId === 'john-kerry');
    expect(kerry?.file).toBeUndefined();
    expect(merged.totals.votes).toBe(merged.results.reduce((sum, r) => sum + (r.votes ?? 0), 0));
  });

  test('keeps every finding of each file, those of the second naming its file', () => {
    expect(merged.findings).toHaveLength(alcorn.contest.findings.length + amite.contest.findings.length);
    const second = merged.findings.slice(alcorn.contest.findings.length);
    for (const finding of second) expect(finding.sources?.every((s) => s.file === AMITE)).toBe(true);
  });

  test('lists both sources as the results and units, with their credit', () => {
    expect(merged.sources?.map((s) => [s.file, s.uses, s.credit.kind])).toEqual([
      [ALCORN, ['results', 'units'], 'openelections'],
      [AMITE, ['results', 'units'], 'openelections'],
    ]);
  });
});

describe('mergeSources: an article and a file of the same contest', () => {
  const articleFile = 'src/audit/fixtures/2008-dc-democratic-primary.txt';
  const parsed = parseContest(readFileSync(new URL('../audit/fixtures/2008-dc-democratic-primary.txt', import.meta.url)), {
    file: articleFile,
  });
  if (!parsed.ok) throw new Error('the fixture should parse');
  const article = { contest: withAudit(parsed.contest), credit: articleCredit(parsed.contest.title) };
  const csv = only(fromFile(DC), '2008-dc-democratic-primary');
  const merged = mergeSources([csv, article]);

  test('take the article’s figures as the results and the file’s units, each unit naming its file', () => {
    expect(() => Contest.parse(merged)).not.toThrow();
    expect(merged.source.file).toBe(articleFile);
    expect(merged.results).toEqual(article.contest.results);
    expect(merged.units?.map((u) => [u.id, u.file])).toEqual(csv.contest.units?.map((u) => [u.id, DC]));
    expect(merged.sources?.map((s) => [s.file, s.uses])).toEqual([
      [articleFile, ['results']],
      [DC, ['units', 'compared']],
    ]);
  });

  test('every figure they give differently is a finding naming both files and lines', () => {
    const cross = merged.findings.filter((f) => f.code.startsWith('sources-'));
    // The fixture gives Obama 3 votes more than the file, and no Write-ins row.
    const obama = cross.find((f) => f.code === 'sources-votes-mismatch');
    expect(obama?.sources?.map((s) => s.file)).toEqual([articleFile, DC]);
    const articleRow = article.contest.results.find((r) => r.candidateId === 'barack-obama');
    expect(obama?.sources?.[0]?.line).toBe(articleRow?.line);
    expect(cross.some((f) => f.code === 'sources-candidate-missing' && f.sources?.some((s) => s.file === DC))).toBe(true);
    // The file's own findings are kept and name it.
    const own = merged.findings.filter((f) => !f.code.startsWith('sources-')).slice(article.contest.findings.length);
    expect(own).toHaveLength(csv.contest.findings.length);
  });
});

describe('mergeSources: two files of the same counties', () => {
  const first = only(fromFile(DC, 'a/20080212__dc__primary__president__ward.csv'), '2008-dc-democratic-primary');
  const second = only(fromFile(DC, 'b/20080212__dc__primary__president__ward.csv'), '2008-dc-democratic-primary');
  const merged = mergeSources([second, first]);

  test('compare the second rather than adding it: the same votes are never counted twice', () => {
    expect(merged.results).toEqual(first.contest.results);
    expect(merged.units).toEqual(first.contest.units);
    expect(merged.sources?.map((s) => [s.file, s.uses])).toEqual([
      ['a/20080212__dc__primary__president__ward.csv', ['results', 'units']],
      ['b/20080212__dc__primary__president__ward.csv', ['compared']],
    ]);
    // Byte for byte the same file: nothing disagrees.
    expect(merged.findings.filter((f) => f.code.startsWith('sources-'))).toEqual([]);
  });
});
