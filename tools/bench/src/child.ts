import { spawn } from 'node:child_process';
import { basename } from 'node:path';

/** Marks the one line of a step's stdout that carries its result. */
const RESULT = '@@bench-result ';

/** Ends a step run by runStep: prints its result for the parent. */
export function reportResult(value: unknown): void {
  process.stdout.write(`${RESULT}${JSON.stringify(value)}\n`);
}

export type StepOptions = { timeoutMs: number; cwd?: string; nodeArgs?: string[] };

/**
 * Runs `node script args` in a child (a fresh heap for each measurement) and returns what it
 * reported; rejects with its stderr when it fails or runs past the timeout.
 */
export function runStep<T>(script: string, args: string[], options: StepOptions): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.length > 100_000) err = err.slice(-50_000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${basename(script)}: no result within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (code === 0 && line) resolvePromise(JSON.parse(line.slice(RESULT.length)) as T);
      else {
        const tail = err.trim().split('\n').slice(-8).join('\n');
        reject(new Error(`${basename(script)} exited with ${signal ?? code}: ${tail || out.slice(-500)}`));
      }
    });
  });
}
