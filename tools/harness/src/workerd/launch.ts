import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';

const require = createRequire(import.meta.url);

/** The workerd binary of the `workerd` package: the version wrangler runs (a test checks it). */
export const workerdBinary = (require('workerd') as { default: string }).default;
export const workerdVersion = (require('workerd/package.json') as { version: string }).version;

export type WorkerdOptions<T> = {
  /** The capnp config (`renderWorkerdConfig`); its modules are embedded relative to it. */
  config: string;
  /**
   * Asks the Worker for its first answer once the `http` socket listens, and again every millisecond
   * while it throws (the Worker's script may still be loading), until `timeoutMs`.
   */
  probe: (port: number) => Promise<T>;
  timeoutMs?: number;
};

/** A `workerd serve` process started by `startWorkerd`, its `http` socket listening and answered once. */
export type RunningWorkerd<T> = {
  child: ChildProcess;
  pid: number;
  port: number;
  /** From spawning the process to the probe's first answer: start, script load and evaluation, first request. */
  firstResponseMs: number;
  first: T;
  /** The last 20,000 characters workerd wrote to stdout and stderr. */
  output: () => string;
  /** Stops workerd: SIGTERM, then SIGKILL after 5 s. */
  stop: () => Promise<void>;
};

/** The port workerd reports on its control descriptor once the socket named `http` listens. */
function listenPort(child: ChildProcess, failure: Promise<never>): Promise<number> {
  const control = child.stdio[3] as Readable | null;
  if (!control) throw new Error('workerd was started without a control descriptor');
  const port = new Promise<number>((resolve) => {
    let buffered = '';
    control.setEncoding('utf8');
    control.on('data', (text: string) => {
      buffered += text;
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        const message = JSON.parse(buffered.slice(0, newline)) as {
          event?: string;
          socket?: string;
          port?: number;
        };
        buffered = buffered.slice(newline + 1);
        if (message.event === 'listen' && message.socket === 'http' && typeof message.port === 'number')
          resolve(message.port);
      }
    });
  });
  return Promise.race([port, failure]);
}

/**
 * Runs `workerd serve config` with a control descriptor, reads the port its `http` socket listens on (so
 * the config may ask for port 0), and returns once `probe` has its first answer. On failure workerd is
 * stopped and the error says what it printed.
 */
export async function startWorkerd<T>(options: WorkerdOptions<T>): Promise<RunningWorkerd<T>> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const t0 = performance.now();
  const child = spawn(workerdBinary, ['serve', options.config, '--control-fd=3'], {
    cwd: dirname(options.config),
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const tail = () => output.trim().slice(-2000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error(`workerd exited before answering: ${tail()}`)));
    timer = setTimeout(
      () => reject(new Error(`workerd did not answer within ${timeoutMs} ms: ${tail()}`)),
      timeoutMs,
    );
  });
  let failed: unknown = null;
  failure.catch((error: unknown) => {
    failed = error;
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(kill);
    }
  };
  try {
    const port = await listenPort(child, failure);
    for (;;) {
      try {
        const first = await Promise.race([options.probe(port), failure]);
        const firstResponseMs = performance.now() - t0;
        if (child.pid === undefined) throw new Error('workerd has no process id');
        return { child, pid: child.pid, port, firstResponseMs, first, output: () => output, stop };
      } catch {
        if (failed !== null) throw failed;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
