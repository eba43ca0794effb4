import { describe, expect, test } from 'vitest';
import { commandHelp, generalHelp, usageLine } from './help.js';
import { COMMANDS } from './main.js';

describe('the help', () => {
  test('the general help names every command with its usage, every option, the exit codes and examples', () => {
    const help = generalHelp(COMMANDS, '9.9.9');
    expect(help.split('\n')[0]).toBe(
      'tally 9.9.9: parse, audit and tally Wikipedia-style articles about US presidential nominating contests.',
    );
    for (const c of COMMANDS) {
      expect(help).toContain(`\n  ${usageLine(c)}\n      ${c.summary}\n`);
      for (const name of Object.keys(c.options)) expect(help).toContain(`      --${name}`);
      expect(help).toContain(`\n  ${c.examples[0]}\n`);
    }
    expect(help).toContain('\n  tally help [COMMAND]\n');
    expect(help).toContain(
      [
        'Exit codes:',
        '  0  success',
        '  1  a file did not parse, or (audit) an error finding; the other files are still reported',
        '  2  bad usage: an unknown command or option, a bad option value, or no FILE',
      ].join('\n'),
    );
    expect(help).toContain('npm run --silent tally -- COMMAND [OPTIONS] FILE...');
  });

  test('a usage line shows flags, placeholders and the choices of an option', () => {
    expect(COMMANDS.map(usageLine)).toEqual([
      'tally parse FILE...',
      'tally audit [--json] [--severity error|warning|info] FILE...',
      'tally tally [--json] [--across-races] [--race RACE] [--year YEAR] [--state STATE] [--party PARTY] [--type caucus|primary] [--from DATE] [--to DATE] FILE...',
    ]);
  });

  test('a command’s help lists its options aligned, its exit codes and its examples', () => {
    const audit = COMMANDS.find((c) => c.name === 'audit');
    if (!audit) throw new Error('no audit command');
    const help = commandHelp(audit);
    expect(help).toContain(
      [
        'Options:',
        '  --json                         print JSON instead of text',
        '  --severity error|warning|info  show only findings of this severity or worse (default info: all of them)',
        '  -h, --help                     show this help',
        '',
        'Exit codes:',
        '  0  every file parsed and no finding is an error',
        '  1  an error finding, or a file that did not parse (the others are still reported)',
        '  2  bad usage',
        '',
        'Examples:',
        '  tally audit packages/data/sources/*.txt',
        '  tally audit --json --severity warning article.txt',
        '',
      ].join('\n'),
    );
  });
});
