import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { auditCommand } from './commands/audit.js';
import { parseCommand } from './commands/parse.js';
import { tallyCommand } from './commands/tally.js';
import { commandHelp, generalHelp, shortUsage, usageLine } from './help.js';
import { type Io, processIo } from './io.js';
import { VERSION } from './version.js';

/** The commands, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [parseCommand, auditCommand, tallyCommand];

const names = COMMANDS.map((c) => c.name).join(', ');

function usageError(io: Io, command: Command, problem: string): number {
  io.stderr(`tally ${command.name}: ${problem}\nUsage: ${usageLine(command)}\n`);
  io.stderr(`Run "tally help ${command.name}" for its options, exit codes and examples.\n`);
  return 2;
}

/**
 * Runs the CLI: `tally COMMAND [OPTIONS] FILE...`, files read relative to `cwd`. Resolves to the exit
 * code: 0 success, 1 a document failed (the others are still reported), 2 bad usage. Pass `io` to
 * supply the files and capture the output; by default they are the process's.
 */
export async function main(
  argv: readonly string[],
  options: { cwd?: string; io?: Io } = {},
): Promise<number> {
  const io = options.io ?? processIo(options.cwd ?? process.cwd());
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help') {
    io.stdout(generalHelp(COMMANDS, VERSION));
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === 'help') {
    if (rest[0] === undefined) {
      io.stdout(generalHelp(COMMANDS, VERSION));
      return 0;
    }
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    if (topic) {
      io.stdout(commandHelp(topic));
      return 0;
    }
    io.stderr(`tally help: unknown command "${rest[0]}"; expected one of ${names}.\n`);
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const problem =
      name === undefined
        ? 'no command given'
        : name.startsWith('-')
          ? `unknown option "${name}" (options go after the command)`
          : `unknown command "${name}"`;
    io.stderr(`tally: ${problem}; the commands are ${names}.\n${shortUsage(COMMANDS)}`);
    return 2;
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.entries(command.options).map(([key, o]) => [key, { type: o.type }])),
      },
    });
  } catch (error) {
    return usageError(io, command, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  for (const [key, spec] of Object.entries(command.options)) {
    const value = values[key];
    if (spec.values && typeof value === 'string' && !spec.values.includes(value)) {
      return usageError(io, command, `--${key} expects one of ${spec.values.join(', ')}; got "${value}".`);
    }
  }
  const problem = command.check?.(values);
  if (problem) return usageError(io, command, problem);
  if (positionals.length === 0) return usageError(io, command, 'expected at least one FILE.');
  return command.run({ files: positionals, values, io });
}
