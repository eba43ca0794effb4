import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli, SEEDS } from './fixtures/run-cli.js';
import { generalHelp } from './help.js';
import { COMMANDS } from './main.js';
import { VERSION } from './version.js';

const SHORT_USAGE = [
  'Usage: tally COMMAND [OPTIONS] FILE...',
  'Commands: parse, audit, tally, help.',
  'Run "tally --help" for every command, its options, the exit codes and examples.',
  '',
].join('\n');

describe('help and version', () => {
  test('--help, -h and help print the general help on stdout, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      expect(await runCli(argv)).toEqual({ code: 0, stdout: generalHelp(COMMANDS, VERSION), stderr: '' });
    }
  });

  test('help COMMAND and COMMAND --help print that command’s help', async () => {
    const viaHelp = await runCli(['help', 'audit']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout.split('\n')[0]).toBe(
      'Usage: tally audit [--json] [--severity error|warning|info] FILE...',
    );
    for (const argv of [
      ['audit', '--help'],
      ['audit', '-h', SEEDS.nd],
    ]) {
      expect(await runCli(argv)).toEqual({ code: 0, stdout: viaHelp.stdout, stderr: '' });
    }
  });

  test('--version and -v print the version of @tally/core', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    for (const argv of [['--version'], ['-v']]) {
      expect(await runCli(argv)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });
});

describe('usage errors: a message on stderr naming the problem, the usage, exit 2', () => {
  test('no command', async () => {
    expect(await runCli([])).toEqual({
      code: 2,
      stdout: '',
      stderr: `tally: no command given; the commands are parse, audit, tally.\n${SHORT_USAGE}`,
    });
  });

  test('an unknown command', async () => {
    expect(await runCli(['frobnicate', SEEDS.nd])).toEqual({
      code: 2,
      stdout: '',
      stderr: `tally: unknown command "frobnicate"; the commands are parse, audit, tally.\n${SHORT_USAGE}`,
    });
  });

  test('an option before the command', async () => {
    expect((await runCli(['--json', 'audit', SEEDS.nd])).stderr.split('\n')[0]).toBe(
      'tally: unknown option "--json" (options go after the command); the commands are parse, audit, tally.',
    );
  });

  test('help about an unknown command', async () => {
    expect(await runCli(['help', 'frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tally help: unknown command "frobnicate"; expected one of parse, audit, tally.\n',
    });
  });

  test('an unknown option of a command', async () => {
    const r = await runCli(['parse', '--bogus', SEEDS.nd]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(/^tally parse: Unknown option '--bogus'\./);
    expect(lines.slice(1)).toEqual([
      'Usage: tally parse FILE...',
      'Run "tally help parse" for its options, exit codes and examples.',
      '',
    ]);
  });

  test('a value outside an option’s choices', async () => {
    expect(await runCli(['audit', '--severity', 'loud', SEEDS.nd])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'tally audit: --severity expects one of error, warning, info; got "loud".',
        'Usage: tally audit [--json] [--severity error|warning|info] FILE...',
        'Run "tally help audit" for its options, exit codes and examples.',
        '',
      ].join('\n'),
    });
  });

  test('a bad filter of the tally, before any file is read', async () => {
    for (const [argv, problem] of [
      [['--year', '04'], '--year expects a year such as 2004; got "04".'],
      [['--from', 'yesterday'], '--from expects a date such as 2004-02-03; got "yesterday".'],
      [['--to', '2004-02-30'], '--to expects a date such as 2004-03-02; got "2004-02-30".'],
      [
        ['--from', '2004-03-01', '--to', '2004-02-01'],
        '--from 2004-03-01 is after --to 2004-02-01: no contest could match.',
      ],
      [['--type', 'convention'], '--type expects one of caucus, primary; got "convention".'],
    ] as const) {
      const r = await runCli(['tally', ...argv, 'no-such-file.txt']);
      expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `tally tally: ${problem}`]);
    }
  });

  test('no FILE', async () => {
    const r = await runCli(['tally', '--json']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'tally tally: expected at least one FILE.']);
  });
});
