import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditContest } from '../audit/index.js';
import { Contest } from '../schema/contest.js';
import { MAX_CSV_BYTES } from './limits.js';
import { type OpenElectionsResult, readOpenElections } from './read-openelections.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** Reads a fixture; every contest must pass the schema. */
function read(name: string, options: Parameters<typeof readOpenElections>[1] = {}) {
  const result = readOpenElections(new Uint8Array(fixture(name)), { file: name, ...options });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  for (const contest of result.contests) Contest.parse(contest);
  return result.contests;
}

const figures = (contest: Contest) => contest.results.map((r) => [r.candidateId, r.votes]);
const unit = (contest: Contest, id: string) => contest.units?.find((u) => u.id === id);
const codes = (contest: Contest) => auditContest(contest).map((f) => f.code);

describe('office labels', () => {
  const [dem] = read('20040309__tx__primary__office-labels.csv');

  test('reads the statewide label once; other offices, Vice President alone and delegate races are skipped', () => {
    expect(dem?.openElections?.office).toBe('President/VicePresident');
    expect(figures(dem as Contest)).toEqual([
      ['john-kerry', 110],
      ['john-edwards', 55],
    ]);
  });

  test('keeps the district label as a breakdown, never added, and the audit compares it', () => {
    expect(dem?.openElections?.breakdowns).toEqual([
      expect.objectContaining({ label: 'President Congressional', districts: 3 }),
    ]);
    expect(dem?.openElections?.breakdowns[0]?.results.map((r) => [r.candidateId, r.votes])).toEqual([
      ['john-kerry', 111],
      ['john-edwards', 55],
    ]);
    const found = auditContest(dem as Contest).find((f) => f.code === 'office-breakdown-mismatch');
    expect(found?.message).toContain('John Kerry 111 there, 110 in "President/VicePresident"');
  });
});

describe('party labels', () => {
  const contests = read('20040203__az__primary__party-labels.csv');

  test('spellings, a full-name typo and a label one letter off the office’s others are one party', () => {
    expect(contests.map((c) => c.id)).toEqual([
      '2004-az-democratic-primary',
      '2004-az-reform-primary',
      '2004-az-republican-primary',
    ]);
    const dem = contests[0] as Contest;
    expect(figures(dem)).toEqual([
      ['john-kerry', 61],
      ['howard-dean', 17],
    ]);
    expect(dem.openElections?.partyLabels).toEqual(['DEM', 'Dem.', 'Democractic', 'Democrat', 'OEM']);
    expect(figures(contests[2] as Contest)).toEqual([['george-bush', 22]]);
  });

  test('the typo and the row without a party are said, with their lines', () => {
    const dem = contests[0] as Contest;
    expect(dem.openElections?.adjustments.map((a) => [a.kind, a.lines])).toEqual([
      ['party-typo', [6]],
      ['party-inferred', [9]],
    ]);
    expect(codes(dem)).toEqual(expect.arrayContaining(['csv-party-typo', 'csv-party-inferred']));
  });
});

describe('candidate names', () => {
  test('every form of a name is one candidate with the articles’ id', () => {
    const [dem, rep] = read('20040203__mo__primary__name-forms.csv');
    expect(figures(dem as Contest)).toEqual([
      ['john-kerry', 60],
      ['dick-gephardt', 15],
      ['lyndon-larouche', 6],
    ]);
    expect(figures(rep as Contest)).toEqual([['george-bush', 24]]);
  });

  test('names given by initials take a roster’s ids, and say so without one', () => {
    const [alone] = read('20040203__de__primary__initials.csv');
    expect(figures(alone as Contest)).toEqual([
      ['j-kerry', 29],
      ['lieberman', 4],
    ]);
    expect(codes(alone as Contest)).toContain('csv-name-initials');
    const roster = [
      {
        candidate: 'John Kerry',
        candidateId: 'john-kerry',
        year: 2004,
        party: 'democratic',
        from: 'article' as const,
      },
      {
        candidate: 'Joe Lieberman',
        candidateId: 'joe-lieberman',
        year: 2004,
        party: 'democratic',
        from: 'csv' as const,
      },
    ];
    const [named] = read('20040203__de__primary__initials.csv', { roster });
    expect(figures(named as Contest)).toEqual([
      ['john-kerry', 29],
      ['joe-lieberman', 4],
    ]);
    expect(codes(named as Contest)).not.toContain('csv-name-initials');
  });
});

describe('pseudo-candidates and the file’s own totals', () => {
  const [dem] = read('20040302__ma__primary__pseudo-candidates.csv') as [Contest];

  test('uncommitted, write-in and other choices are results; blank, over and under votes are not; totals are kept to check', () => {
    expect(dem.results.map((r) => [r.candidateId, r.kind, r.votes])).toEqual([
      ['john-kerry', 'candidate', 500],
      ['no-preference', 'uncommitted', 5],
      ['all-others', 'other', 2],
      ['write-ins', 'write-in', 1],
    ]);
    const precinct = unit(dem, 'town-boston-ward-1-precinct-1');
    expect(precinct?.nonVotes.map((n) => [n.kind, n.votes])).toEqual([
      ['blank', 6],
      ['over', 1],
      ['under', 2],
    ]);
    expect(precinct?.stated.total).toMatchObject({ label: 'Total Votes Cast', votes: 316, lines: [9] });
    expect(dem.openElections?.stated.results.map((r) => [r.candidateId, r.votes])).toEqual([
      ['john-kerry', 500],
      ['no-preference', 5],
    ]);
  });

  test('precincts are kept whole and rolled up to their town', () => {
    expect(dem.units?.map((u) => [u.id, u.type, u.parent, u.rolledUp])).toEqual([
      ['town-boston', 'town', null, true],
      ['town-boston-ward-1-precinct-1', 'precinct', 'town-boston', false],
      ['town-boston-ward-1-precinct-2', 'precinct', 'town-boston', false],
    ]);
    expect(unit(dem, 'town-boston')?.results[0]).toMatchObject({
      candidateId: 'john-kerry',
      votes: 500,
      lines: [2, 10],
    });
  });

  test('Total rows counting blank and over/under votes agree as ballots; a statewide total that does not is an error', () => {
    const found = auditContest(dem);
    expect(found.filter((f) => f.code === 'stated-total-with-non-votes')).toHaveLength(1);
    const state = found.find((f) => f.code === 'state-total-mismatch');
    expect(state?.message).toContain(
      'states 521 (off by 13); with the blank and over/under votes it is not that either',
    );
    expect(state?.lines).toEqual([20]);
  });
});

describe('total rows that disagree with their parts', () => {
  const [dem] = read('20080126__sc__democratic__primary__total-rows.csv') as [Contest];

  test('a Totals county and a row with no county are the statewide figures, not units', () => {
    expect(dem.units?.map((u) => u.name)).toEqual(['ABBEVILLE', 'AIKEN']);
    expect(figures(dem)).toEqual([
      ['barack-obama', 300],
      ['hillary-clinton', 130],
    ]);
  });

  test('each disagreement is an error naming the total row and the rows it totals', () => {
    const found = auditContest(dem).filter((f) => f.severity === 'error');
    expect(found.map((f) => [f.code, f.line, f.lines])).toEqual([
      ['unit-total-mismatch', 7, [5, 6, 7]],
      ['state-candidate-total-mismatch', 9, [3, 6, 9]],
    ]);
    expect(found[0]?.message).toBe(
      'AIKEN (county): the 2 candidates\' rows add up to 280, but its "Total" row states 281 (off by 1).',
    );
  });
});

describe('blank and decimal vote cells', () => {
  const [dem] = read('20040309__ms__democrat__primary__blank-float.csv') as [Contest];

  test('a blank cell is no figure, 163.0 and "1,204" are numbers, and party-less rows of a one-party file are its', () => {
    expect(figures(dem)).toEqual([
      ['john-kerry', 1367],
      ['john-edwards', 7],
      ['write-in', 2],
    ]);
    expect(dem.openElections?.adjustments.map((a) => [a.kind, a.lines])).toEqual([
      ['party-inferred', [4, 5, 8, 9]],
      ['votes-blank', [3, 8]],
      ['votes-decimal', [2, 7]],
    ]);
    expect(auditContest(dem).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('rows shifted by a column', () => {
  const [rep] = read('20040309__tx__primary__shifted.csv') as [Contest];

  test('an extra or a missing cell is read back into place; a party-less Total closing the rows is theirs', () => {
    expect(figures(rep)).toEqual([
      ['george-bush', 4969],
      ['uncommitted', 356],
    ]);
    expect(rep.openElections?.adjustments.map((a) => [a.kind, a.lines])).toEqual([
      ['row-shifted', [5, 6, 8]],
      ['votes-blank', [6]],
      ['party-inferred', [4, 7, 9]],
    ]);
    expect(auditContest(rep).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('line endings', () => {
  test('CR-only, LF and CRLF files give the same contests and lines', () => {
    const cr = fixture('20040518__or__primary__cr-only.csv').toString('utf8');
    const read = (text: string) =>
      readOpenElections(text, { file: '20040518__or__primary__cr-only.csv' }) as Extract<
        OpenElectionsResult,
        { ok: true }
      >;
    const fromCr = read(cr);
    const fromLf = read(cr.replaceAll('\r', '\n'));
    const fromCrlf = read(cr.replaceAll('\r', '\r\n'));
    expect(fromCr.contests[0]?.openElections?.lineEnding).toBe('cr');
    expect(fromCrlf.contests[0]?.openElections?.lineEnding).toBe('crlf');
    const strip = (c: Contest) => ({
      ...c,
      source: { ...c.source, sha256: '', bytes: 0 },
      openElections: { ...c.openElections, lineEnding: '' },
    });
    expect(fromLf.contests.map(strip)).toEqual(fromCr.contests.map(strip));
    expect(fromCrlf.contests.map(strip)).toEqual(fromCr.contests.map(strip));
    expect(figures(fromCr.contests[0] as Contest)).toEqual([
      ['john-kerry', 4000],
      ['dennis-kucinich', 900],
    ]);
    expect(fromCr.contests[0]?.results.map((r) => r.line)).toEqual([2, 3]);
  });
});

describe('coverage and places', () => {
  test('a file of some counties is partial and says which, and its title says so', () => {
    const [rep] = read('20040518__or__primary__partial.csv') as [Contest];
    expect(rep.coverage).toMatchObject({ scope: 'partial', counties: ['41001', '41003'] });
    expect(rep.coverage?.missing).toHaveLength(34);
    expect(rep.title).toBe('2004 Oregon Republican presidential primary (Baker, Benton only)');
    expect(codes(rep)).toContain('coverage-partial');
  });

  test('a name a county and a city share is not placed; City or County written out is', () => {
    const [dem, rep] = read('20040203__mo__primary__shared-names.csv') as [Contest, Contest];
    expect(dem.units?.map((u) => [u.id, u.type, u.fips, u.results[0]?.votes])).toEqual([
      ['county-jackson', 'county', '29095', 13225],
      ['election-authority-kansas-city', 'election-authority', null, 9000],
      ['county-st-louis', 'county', null, 15929],
      ['county-st-louis-2', 'county', null, 50433],
    ]);
    expect(unit(dem, 'county-st-louis')?.note).toContain('cannot be told from the file');
    expect(rep.units?.map((u) => [u.name, u.type, u.fips])).toEqual([
      ['ST LOUIS COUNTY', 'county', '29189'],
      ['ST. LOUIS CITY', 'city', '29510'],
    ]);
    expect(codes(dem)).toContain('unit-not-placed');
  });

  test('towns named like counties are towns, never given a county’s code; coverage is unknown', () => {
    const [dem] = read('20040302__ma__primary__town-names.csv') as [Contest];
    expect(dem.units?.filter((u) => u.parent === null).map((u) => [u.name, u.type, u.fips])).toEqual([
      ['Plymouth', 'town', null],
      ['Worcester', 'town', null],
    ]);
    expect(dem.coverage?.scope).toBe('unknown');
  });

  test('accented county names are placed', () => {
    const [rep] = read('20080603__nm__primary__accents.csv') as [Contest];
    expect(rep.units?.map((u) => [u.name, u.fips])).toEqual([['Doña Ana', '35013']]);
  });

  test('a county split over districts is rolled up from its pieces, kept whole', () => {
    const [dem] = read('20080304__oh__primary__county-districts.csv') as [Contest];
    expect(dem.units?.map((u) => [u.id, u.type, u.parent, u.results[0]?.votes])).toEqual([
      ['county-adams', 'county', null, 500],
      ['county-butler', 'county', null, 11143],
      ['county-hamilton', 'county', null, 70123],
      ['county-adams-district-2', 'county-district', 'county-adams', 500],
      ['county-butler-district-1', 'county-district', 'county-butler', 2143],
      ['county-butler-district-8', 'county-district', 'county-butler', 9000],
      ['county-hamilton-district-1', 'county-district', 'county-hamilton', 40123],
      ['county-hamilton-district-2', 'county-district', 'county-hamilton', 30000],
    ]);
    expect(figures(dem)).toEqual([['hillary-clinton', 81766]]);
  });

  test('precincts roll up to counties; a county’s own Total rows that disagree are errors', () => {
    const [dem] = read('20040203__de__primary__precincts.csv') as [Contest];
    expect(dem.units?.filter((u) => u.parent === null).map((u) => [u.name, u.fips, u.rolledUp])).toEqual([
      ['Kent', '10001', true],
      ['New Castle', '10003', true],
    ]);
    const found = auditContest(dem).filter((f) => f.code === 'unit-candidate-total-mismatch');
    expect(found.map((f) => f.lines)).toEqual([[7, 9]]);
  });
});

describe('errors', () => {
  const csv = (text: string, file = '20040203__az__primary.csv') => readOpenElections(text, { file });

  test('a votes cell that is no number, nor shifted, names its line and column', () => {
    expect(csv('county,office,party,candidate,votes\nApache,President,DEM,John Kerry,12x\n')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'cell-not-numeric', line: 2, column: 5 }),
    });
  });

  test('a count of hundreds of digits is no count of votes', () => {
    expect(
      csv(`county,office,party,candidate,votes\nApache,President,DEM,John Kerry,${'9'.repeat(400)}\n`),
    ).toMatchObject({
      ok: false,
      error: { code: 'cell-not-numeric', line: 2, column: 5 },
    });
  });

  test('no results header, no presidential row, no date or state, an open quote', () => {
    expect(csv('name,age\nx,1\n')).toMatchObject({
      ok: false,
      error: { code: 'csv-header-unrecognized', line: 1 },
    });
    expect(csv('county,office,party,candidate,votes\nApache,Governor,DEM,X,1\n')).toMatchObject({
      ok: false,
      error: { code: 'csv-no-presidential-rows', line: 0 },
    });
    expect(csv('county,office,party,candidate,votes\n', 'results.csv')).toMatchObject({
      ok: false,
      error: { code: 'csv-context-missing' },
    });
    expect(csv('county,office,party,candidate,votes\nApache,President,DEM,"John,1\n')).toMatchObject({
      ok: false,
      error: { code: 'csv-quote-unterminated', line: 2 },
    });
  });

  test('a file past the CSV limit is refused before it is read; empty and binary files too', () => {
    expect(readOpenElections(new Uint8Array(MAX_CSV_BYTES + 1), { file: 'x.csv' })).toMatchObject({
      ok: false,
      error: { code: 'document-too-large', line: 0 },
    });
    expect(csv('')).toMatchObject({ ok: false, error: { code: 'document-empty' } });
    expect(readOpenElections(new Uint8Array([0x61, 0x0a, 0x00]), { file: 'x.csv' })).toMatchObject({
      ok: false,
      error: { code: 'document-binary', line: 2 },
    });
  });

  test('a file that is not UTF-8 is read as Windows-1252, and said', () => {
    const text = new TextEncoder();
    const latin = new Uint8Array([
      ...text.encode('county,office,party,candidate,votes\nDo'),
      0xf1,
      ...text.encode('a Ana,President,REP,John McCain,5\n'),
    ]);
    const result = readOpenElections(latin, { file: '20080603__nm__primary.csv' });
    expect(result.ok && result.contests[0]?.units?.map((u) => [u.name, u.fips])).toEqual([
      ['Doña Ana', '35013'],
    ]);
    expect(result.ok && result.contests[0]?.openElections?.adjustments.map((a) => a.kind)).toEqual([
      'encoding',
    ]);
  });
});
