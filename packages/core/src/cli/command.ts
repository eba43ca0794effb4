import type { Io } from './io.js';

/** One option of a command, as parseArgs reads it and as the help shows it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** The placeholder shown in the help for a string option, e.g. `YEAR`. */
  placeholder?: string;
  /** The only values a string option accepts (the help shows them instead of the placeholder). */
  values?: readonly string[];
}

export interface CommandInput {
  files: string[];
  values: Record<string, string | boolean | undefined>;
  io: Io;
}

/** One CLI command: its help text and what it does. `run` resolves to the exit code. */
export interface Command {
  name: string;
  summary: string;
  details: string[];
  options: Record<string, OptionSpec>;
  exitCodes: [code: number, meaning: string][];
  examples: string[];
  /** What is wrong with the options' values, if anything: a usage error (exit 2) before any file is read. */
  check?(values: CommandInput['values']): string | undefined;
  run(input: CommandInput): Promise<number>;
}
