import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { withAudit } from '../../audit/index.js';
import { parseContest } from '../../parse/index.js';
import { CORE_DIR, FIXTURES, runCli, SEEDS } from '../fixtures/run-cli.js';

/** The contest the library gives for a file, as the CLI's JSON carries it. */
async function expected(file: string) {
  const result = parseContest(await readFile(new URL(file, `file://${CORE_DIR}`)), { file });
  if (!result.ok) throw new Error(`${file} should parse`);
  return JSON.parse(JSON.stringify(withAudit(result.contest)));
}

describe('tally parse', () => {
  test('prints a 2-space indented JSON array of the audited contests, in the order given, exit 0', async () => {
    const r = await runCli(['parse', SEEDS.nd, SEEDS.nc]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${JSON.stringify([await expected(SEEDS.nd), await expected(SEEDS.nc)], null, 2)}\n`,
    );
  });

  test('each contest says what the document says, with its file as given', async () => {
    const [nd] = JSON.parse((await runCli(['parse', SEEDS.nd])).stdout);
    expect(nd).toMatchObject({
      id: '2004-nd-democratic-caucus',
      title: '2004 North Dakota Democratic presidential caucuses',
      date: '2004-02-03',
      totals: { votes: 10558, delegates: 14 },
      source: { file: SEEDS.nd },
    });
    expect(nd.results[0]).toMatchObject({
      candidate: 'John Kerry',
      withdrawn: false,
      votes: 5366,
      percent: 50.82,
      delegates: 9,
    });
    expect(nd.findings.map((f: { code: string }) => f.code)).toEqual(['delegates-pledged-only']);
  });

  test('a broken, missing or unreadable file gets an error entry in its place; the others still print; exit 1', async () => {
    const r = await runCli([
      'parse',
      FIXTURES.empty,
      SEEDS.nd,
      FIXTURES.missing,
      FIXTURES.cutOff,
      FIXTURES.directory,
      SEEDS.mi,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: FIXTURES.empty,
        error: {
          code: 'document-empty',
          message:
            'The document is empty: expected a title line such as "= 2004 Iowa Democratic presidential caucuses =".',
          line: 0,
        },
      },
      await expected(SEEDS.nd),
      {
        file: FIXTURES.missing,
        error: {
          code: 'file-unreadable',
          message: 'Cannot read the file (no such file): expected the path of a readable text document.',
          line: 0,
        },
      },
      {
        file: FIXTURES.cutOff,
        error: {
          code: 'table-truncated',
          message:
            'The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".',
          line: 55,
        },
      },
      {
        file: FIXTURES.directory,
        error: {
          code: 'file-unreadable',
          message: 'Cannot read the file (it is a directory): expected the path of a readable text document.',
          line: 0,
        },
      },
      await expected(SEEDS.mi),
    ]);
  });

  test('a cell that is not a number gives its line and column (bytes handed in through the io)', async () => {
    const garbled = new TextEncoder().encode(
      (await readFile(new URL(SEEDS.nd, `file://${CORE_DIR}`), 'utf8')).replace('| 2,502 |', '| 2,5O2 |'),
    );
    const r = await runCli(['parse', 'garbled.txt'], { files: { 'garbled.txt': garbled } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'garbled.txt',
        error: {
          code: 'cell-not-numeric',
          message:
            'The votes cell "2,5O2" is not a number: expected digits with optional thousands separators and decimals, or a dash for none.',
          line: 52,
          column: 18,
        },
      },
    ]);
  });

  test('a 10 MB document is refused as too large', async () => {
    const r = await runCli(['parse', 'big.txt'], {
      files: { 'big.txt': new Uint8Array(10_000_000).fill(0x20) },
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].error).toMatchObject({ code: 'document-too-large', line: 0 });
  });
});
