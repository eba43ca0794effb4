import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORE_DIR, FIXTURES, runCli, SEEDS } from '../fixtures/run-cli.js';

const ALL = [SEEDS.nd, SEEDS.nc, SEEDS.wa, SEEDS.mi];

describe('tally tally, readable', () => {
  test("a table per candidate in the seeds' one race, highest delegates first, and what it covers", async () => {
    const r = await runCli(['tally', ...ALL]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Kerry: 5,366 + 4,844 + 11,397 + 84,818 votes and 9 + 29 + 46 + 93 delegates; Edwards won NC.
    expect(r.stdout).toBe(
      [
        'Race 2004-democratic (2004 Democratic presidential nomination): 4 contests',
        'Candidate              Votes  Delegates  Contests  Won',
        'John Kerry           106,425        177         4    3',
        'John Edwards          33,594         61         4    1',
        'Howard Dean           36,325         48         4    0',
        'Uncommitted            1,402         17         3    0',
        'Dennis Kucinich        9,668         10         4    0',
        'Al Sharpton           12,033          7         4    0',
        'Wesley Clark          14,225          5         3    0',
        'Dick Gephardt            951          0         1    0',
        'Joe Lieberman            757          0         2    0',
        'Carol Moseley Braun      189          0         1    0',
        'Write-ins                108          0         1    0',
        '',
        '4 contests tallied by race (1 race), of the 4 contests parsed from the 4 files given. Only these files, not a whole season. Figures are not added across races.',
        'Data: Wikipedia, CC BY-SA 4.0.',
        '',
      ].join('\n'),
    );
  });

  test('a file that does not parse is named on stderr with its line and code; the rest is tallied; exit 1', async () => {
    const r = await runCli(['tally', '--state', 'North Dakota', FIXTURES.cutOff, SEEDS.nd, FIXTURES.missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        `${FIXTURES.cutOff}:55: error table-truncated: The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".`,
        `${FIXTURES.missing}: error file-unreadable: Cannot read the file (no such file): expected the path of a readable text document.`,
        '',
      ].join('\n'),
    );
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Race 2004-democratic (2004 Democratic presidential nomination): 1 contest',
      'Candidate        Votes  Delegates  Contests  Won',
      'John Kerry       5,366          9         1    1',
    ]);
    expect(r.stdout).toContain(
      '\n1 contest tallied by race (1 race), of the 1 contest parsed from the 3 files given (2 did not parse); filter: state North Dakota. Only these files, not a whole season. Figures are not added across races.\n',
    );
  });

  test('a contest with an error finding is tallied as stated, with a note on stderr', async () => {
    const r = await runCli(['tally', FIXTURES.wrongTotal]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${FIXTURES.wrongTotal}: 1 error finding; its figures are tallied as stated (see tally audit ${FIXTURES.wrongTotal}).\n`,
    );
  });

  test('tallies two races apart, and adds them only when --across-races asks', async () => {
    const nd = await readFile(new URL(SEEDS.nd, `file://${CORE_DIR}`), 'utf8');
    // The same document, retitled as another year's contest of another party: another race.
    const other = nd.replaceAll('2004 North Dakota Democratic', '2008 North Dakota Republican');
    const files = { 'other.txt': new TextEncoder().encode(other) };
    const apart = await runCli(['tally', 'other.txt', SEEDS.nc], { files });
    expect(apart.code).toBe(0);
    const headings = apart.stdout.split('\n').filter((line) => line.startsWith('Race '));
    expect(headings).toEqual([
      'Race 2004-democratic (2004 Democratic presidential nomination): 1 contest',
      'Race 2008-republican (2008 Republican presidential nomination): 1 contest',
    ]);
    // Kerry stands in both races with each race's own figures, never their sum.
    const kerry = apart.stdout.split('\n').filter((line) => line.startsWith('John Kerry'));
    expect(kerry.map((line) => line.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['4,844', '29'],
      ['5,366', '9'],
    ]);
    expect(apart.stdout).toContain('Figures are not added across races (--across-races adds them).');
    const across = await runCli(['tally', '--across-races', 'other.txt', SEEDS.nc], { files });
    expect(across.stdout.split('\n')[0]).toBe(
      'Across 2 races (2004-democratic, 2008-republican), added together as --across-races asks:',
    );
    expect(across.stdout).toMatch(/^John Kerry\s+10,210\s+38\s+2\s+1$/m);
  });

  test('--race selects one race, and refuses what is not a race id', async () => {
    const r = await runCli(['tally', '--race', '2004-democratic', '--json', ...ALL]);
    expect(JSON.parse(r.stdout).map((race: { id: string }) => race.id)).toEqual(['2004-democratic']);
    const none = await runCli(['tally', '--race', '2008-republican', ...ALL]);
    expect(none.stdout).toContain('matches the filter (race 2008-republican)');
    const bad = await runCli(['tally', '--race', 'Democrats', ...ALL]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining('--race expects a race id such as 2004-democratic; got "Democrats".'),
    ]);
  });

  test('says so when the contests count different units', async () => {
    const nd = await readFile(new URL(SEEDS.nd, `file://${CORE_DIR}`), 'utf8');
    const sde = nd.replace('| Candidate | Votes |', '| Candidate | State delegate equivalents |');
    const r = await runCli(['tally', 'sde.txt', SEEDS.nc], {
      files: { 'sde.txt': new TextEncoder().encode(sde) },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "\nThe Votes column adds each document's counted unit as stated: state delegate equivalents (1 contest), votes (1 contest).\n",
    );
  });

  test('a filter that matches nothing, or no file that parses, prints no table', async () => {
    const none = await runCli(['tally', '--party', 'Republican', ...ALL]);
    expect([none.code, none.stdout]).toEqual([
      0,
      'No contest to tally: none of the 4 contests parsed from the 4 files given matches the filter (party Republican).\nData: Wikipedia, CC BY-SA 4.0.\n',
    ]);
    const broken = await runCli(['tally', FIXTURES.empty, FIXTURES.missing]);
    expect([broken.code, broken.stdout]).toEqual([
      1,
      'No contest to tally: none of the 2 files given parsed.\nData: Wikipedia, CC BY-SA 4.0.\n',
    ]);
  });
});

describe('tally tally --json', () => {
  test('prints each race of the contests the filters select', async () => {
    const r = await runCli(['tally', '--json', '--from', '2004-02-07', ...ALL]);
    expect(r.code).toBe(0);
    const races = JSON.parse(r.stdout);
    expect(races.map((race: { id: string; contestIds: string[] }) => [race.id, race.contestIds])).toEqual([
      [
        '2004-democratic',
        ['2004-mi-democratic-caucus', '2004-wa-democratic-caucus', '2004-nc-democratic-caucus'],
      ],
    ]);
    expect(races[0].candidates[0]).toMatchObject({
      candidateId: 'john-kerry',
      votes: 101059,
      delegates: 168,
    });
  });

  test('prints the CrossTally of the contests the filters select with --across-races', async () => {
    const r = await runCli([
      'tally',
      '--json',
      '--across-races',
      '--type',
      'caucus',
      '--from',
      '2004-02-07',
      '--year',
      '2004',
      ...ALL,
    ]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(Object.keys(t)).toEqual(['filter', 'contests', 'candidates', 'series']);
    expect(t.filter).toEqual({ year: 2004, type: 'caucus', from: '2004-02-07' });
    expect(t.contests).toBe(3);
    expect(t.series.map((p: { date: string; contestIds: string[] }) => [p.date, p.contestIds])).toEqual([
      ['2004-02-07', ['2004-mi-democratic-caucus', '2004-wa-democratic-caucus']],
      ['2004-04-17', ['2004-nc-democratic-caucus']],
    ]);
    // April 17 lists North Carolina's six candidates only; Clark and the others keep February 7's totals.
    expect(t.series[1].candidates.map((c: { candidateId: string }) => c.candidateId)).toEqual([
      'john-kerry',
      'john-edwards',
      'howard-dean',
      'uncommitted',
      'dennis-kucinich',
      'al-sharpton',
    ]);
    // Kerry without North Dakota: 84,818 + 11,397 + 4,844 votes, 93 + 46 + 29 delegates.
    expect(t.candidates[0]).toMatchObject({
      candidate: 'John Kerry',
      votes: 101059,
      delegates: 168,
      contestsEntered: 3,
      contestsWon: 2,
    });
  });
});

test('a contest whose unread row could change the winner is said to have no winner, with the reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-undetermined-'));
  const file = join(dir, 'dean-unread.txt');
  // Dean's count is "n/a"; the Total row leaves 5,366 votes for him: as many as Kerry's.
  writeFileSync(
    file,
    [
      '= 2004 North Dakota Democratic presidential caucuses =',
      '',
      '| Candidate | Votes | % |',
      '| John Kerry | 5,366 | 50.82 |',
      '| Howard Dean | n/a | |',
      '| Wesley Clark | 2,502 | 23.70 |',
      '| Total | 13,234 | 100% |',
      '',
    ].join('\n'),
  );
  const r = await runCli(['tally', file]);
  expect(r.stdout).toContain(
    `${file}: winner undetermined (counted as won by nobody): Howard Dean's row has no figure`,
  );
  expect(r.stdout).toMatch(/John Kerry +5,366 +0 +1 +0/);
});
