import type { Command, OptionSpec } from './command.js';

const EXIT_CODES: [number, string][] = [
  [0, 'success'],
  [1, 'a file did not parse, or (audit) an error finding; the other files are still reported'],
  [2, 'bad usage: an unknown command or option, a bad option value, or no FILE'],
];

/** ` YEAR`, ` error|warning|info`, or nothing for a flag. */
function optionValue(o: OptionSpec): string {
  if (o.type === 'boolean') return '';
  return ` ${o.values ? o.values.join('|') : (o.placeholder ?? 'VALUE')}`;
}

/** `tally audit [--json] [--severity error|warning|info] FILE...` */
export function usageLine(c: Command): string {
  const opts = Object.entries(c.options).map(([name, o]) => `[--${name}${optionValue(o)}]`);
  return ['tally', c.name, ...opts, 'FILE...'].join(' ');
}

function optionLines(c: Command, indent: string, withHelp: boolean): string[] {
  const rows: [string, string][] = Object.entries(c.options).map(([name, o]) => [
    `--${name}${optionValue(o)}`,
    o.description,
  ]);
  if (withHelp) rows.push(['-h, --help', 'show this help']);
  const width = Math.max(0, ...rows.map(([flag]) => flag.length));
  return rows.map(([flag, text]) => `${indent}${flag.padEnd(width)}  ${text}`);
}

/** The few lines shown after a usage error that names no command. */
export function shortUsage(commands: readonly Command[]): string {
  return [
    'Usage: tally COMMAND [OPTIONS] FILE...',
    `Commands: ${commands.map((c) => c.name).join(', ')}, help.`,
    'Run "tally --help" for every command, its options, the exit codes and examples.',
    '',
  ].join('\n');
}

/** The help of `tally --help`: every command with its options, the exit codes and examples. */
export function generalHelp(commands: readonly Command[], version: string): string {
  return [
    `tally ${version}: parse, audit and tally Wikipedia-style articles about US presidential nominating contests.`,
    '',
    'Usage: tally COMMAND [OPTIONS] FILE...',
    '       tally help [COMMAND] | tally --help | tally --version',
    'From the repository root: npm run --silent tally -- COMMAND [OPTIONS] FILE...',
    '',
    'Commands:',
    ...commands.flatMap((c) => [
      `  ${usageLine(c)}`,
      `      ${c.summary}`,
      ...optionLines(c, '      ', false),
    ]),
    '  tally help [COMMAND]',
    "      Show this help, or one command's in full (also: tally COMMAND --help).",
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
    'Exit codes:',
    ...EXIT_CODES.map(([code, meaning]) => `  ${code}  ${meaning}`),
    '',
    'Examples:',
    ...commands.map((c) => `  ${c.examples[0] ?? `tally ${c.name} FILE...`}`),
    '',
    'Finding codes: packages/core/src/audit/CODES.md. Data: Wikipedia, CC BY-SA 4.0.',
    '',
  ].join('\n');
}

/** The help of `tally help COMMAND` and `tally COMMAND --help`. */
export function commandHelp(c: Command): string {
  return [
    `Usage: ${usageLine(c)}`,
    '',
    c.summary,
    '',
    ...c.details,
    '',
    'Options:',
    ...optionLines(c, '  ', true),
    '',
    'Exit codes:',
    ...c.exitCodes.map(([code, meaning]) => `  ${code}  ${meaning}`),
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}
