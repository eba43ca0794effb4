import { resolve } from 'node:path';
import { MAX_CSV_BYTES } from '../openelections/limits.js';
import { MAX_DOCUMENT_BYTES } from '../parse/index.js';
import { readCapped } from './read-capped.js';

/** Everything a command touches outside itself, so tests can hand in their own. */
export interface Io {
  /** Rejects with the system's error (its `code`, e.g. ENOENT) when the file cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour the readable output on stdout. */
  color: boolean;
}

/** True for a path the CLI reads as an OpenElections CSV (by its extension, any case). */
export function isCsvPath(path: string): boolean {
  return path.toLowerCase().endsWith('.csv');
}

/** Reads documents relative to `cwd`, stopping past the size limit of their format (CSV or article). */
export function documentReader(cwd: string): (path: string) => Promise<Uint8Array> {
  return (path) => readCapped(resolve(cwd, path), isCsvPath(path) ? MAX_CSV_BYTES : MAX_DOCUMENT_BYTES);
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string. */
export function wantsColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

let quietOnClosedPipe = false;

/** The process's own files and streams, paths resolved from `cwd`. */
export function processIo(cwd: string): Io {
  if (!quietOnClosedPipe) {
    quietOnClosedPipe = true;
    // `tally parse ... | head` closes stdout early: stop quietly instead of crashing with EPIPE.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return {
    readFile: documentReader(cwd),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: wantsColor(process.stdout.isTTY, process.env),
  };
}
