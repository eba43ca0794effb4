import { describe, expect, test } from 'vitest';
import { FIXTURES, runCli, SEEDS } from '../fixtures/run-cli.js';

const NC_FINDINGS = [
  `${SEEDS.nc}:4: warning contest-type-mismatch: The document disagrees on a caucus or a primary: a caucus in the title (line 1) and the results table's title (line 50); a primary in the infobox's election name (line 4).`,
  `${SEEDS.nc}:18: warning infobox-withdrawn-mismatch: The infobox marks John Edwards as withdrawn; the table does not.`,
  `${SEEDS.nc}:39: warning infobox-withdrawn-mismatch: The table marks Howard Dean as withdrawn; the infobox does not.`,
  `${SEEDS.nc}:58: info pseudo-candidate-delegates: Uncommitted holds 17 delegates, as many as the 17 unpledged delegates the infobox states: they likely stand for the unpledged delegates, not for delegates won by vote.`,
];

describe('tally audit, readable', () => {
  test('groups the findings per file under a heading, file:line: severity code: message, then a summary', async () => {
    const r = await runCli(['audit', SEEDS.nc, SEEDS.nd]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${SEEDS.nc} (2004-nc-democratic-caucus): 3 warnings, 1 info`,
        ...NC_FINDINGS,
        '',
        `${SEEDS.nd} (2004-nd-democratic-caucus): 1 info`,
        `${SEEDS.nd}:43: info delegates-pledged-only: The table's 14 delegates are the 14 pledged delegates the infobox states; its 8 unpledged delegates (of 22 in all) are not in the table.`,
        '',
        '2 files: 0 errors, 3 warnings, 2 info.',
        '',
      ].join('\n'),
    );
  });

  test('a file that does not parse shows its error in its place; an error finding or a parse error is exit 1', async () => {
    const r = await runCli(['audit', '--severity', 'error', FIXTURES.wrongTotal, FIXTURES.cutOff, SEEDS.mi]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `${FIXTURES.wrongTotal} (2004-nd-democratic-caucus): 1 error`,
        `${FIXTURES.wrongTotal}:58: error votes-total-mismatch: The 7 rows add up to 10,558 votes, but the Total row states 10,568 (off by 10).`,
        '',
        `${FIXTURES.cutOff}: not parsed`,
        `${FIXTURES.cutOff}:55: error table-truncated: The document ends inside the results table, before its Total row: expected the table to end with a row named "Total" or "Totals".`,
        '',
        `${SEEDS.mi} (2004-mi-democratic-caucus): no findings`,
        '',
        '3 files, 1 not parsed: 1 error, 0 warnings, 0 info. 2 findings below error not shown.',
        '',
      ].join('\n'),
    );
  });

  test('colours the severity and bolds the heading only when colour is on', async () => {
    const plain = await runCli(['audit', SEEDS.nd]);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli(['audit', SEEDS.nd], { color: true });
    expect(coloured.stdout.split('\n').slice(0, 2)).toEqual([
      `\u001b[1m${SEEDS.nd} (2004-nd-democratic-caucus): 1 info\u001b[0m`,
      `${SEEDS.nd}:43: \u001b[36minfo\u001b[0m delegates-pledged-only: The table's 14 delegates are the 14 pledged delegates the infobox states; its 8 unpledged delegates (of 22 in all) are not in the table.`,
    ]);
  });
});

describe('tally audit --json', () => {
  test('an array of { file, id, findings } or { file, error }, in the order given', async () => {
    const r = await runCli(['audit', '--json', SEEDS.nd, FIXTURES.missing]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${JSON.stringify(
        [
          {
            file: SEEDS.nd,
            id: '2004-nd-democratic-caucus',
            findings: [
              {
                code: 'delegates-pledged-only',
                severity: 'info',
                message:
                  "The table's 14 delegates are the 14 pledged delegates the infobox states; its 8 unpledged delegates (of 22 in all) are not in the table.",
                line: 43,
                lines: [43, 58],
              },
            ],
          },
          {
            file: FIXTURES.missing,
            error: {
              code: 'file-unreadable',
              message: 'Cannot read the file (no such file): expected the path of a readable text document.',
              line: 0,
            },
          },
        ],
        null,
        2,
      )}\n`,
    );
  });

  test('--severity warning keeps the warnings and errors of every seed', async () => {
    const r = await runCli([
      'audit',
      '--json',
      '--severity',
      'warning',
      SEEDS.nd,
      SEEDS.nc,
      SEEDS.wa,
      SEEDS.mi,
    ]);
    expect(r.code).toBe(0);
    const out: { id: string; findings: { code: string; severity: string }[] }[] = JSON.parse(r.stdout);
    expect(out.map((e) => [e.id, e.findings.map((f) => `${f.severity} ${f.code}`)])).toEqual([
      ['2004-nd-democratic-caucus', []],
      [
        '2004-nc-democratic-caucus',
        [
          'warning contest-type-mismatch',
          'warning infobox-withdrawn-mismatch',
          'warning infobox-withdrawn-mismatch',
        ],
      ],
      [
        '2004-wa-democratic-caucus',
        ['warning contest-type-mismatch', 'warning threshold-below-with-delegates'],
      ],
      ['2004-mi-democratic-caucus', []],
    ]);
  });

  test('an error finding alone makes the exit code 1', async () => {
    const r = await runCli(['audit', '--json', FIXTURES.wrongTotal]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].findings.map((f: { code: string }) => f.code)).toEqual([
      'delegates-pledged-only',
      'votes-total-mismatch',
    ]);
  });
});
