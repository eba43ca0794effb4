import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { startWorkerd as launchWorkerd } from '@tally/harness/workerd';
import { type RawResponse, rawGet } from '../http/raw-get.ts';

export type RunningServer = {
  child: ChildProcess;
  port: number;
  /** From spawning the process to the end of the first complete response to `probe`. */
  firstResponseMs: number;
  first: RawResponse;
  /** Resident memory of the process right after its first response. */
  rssBytes: number | null;
  output: () => string;
  /**
   * The process whose CPU a load cell counts, when it is not `child`: under miniflare, `child` is its
   * Node process and the requests are served by the workerd it started.
   */
  cpuPid?: number;
};

export async function residentBytes(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Starts `command args` and polls `probe` on its port every millisecond until a response arrives;
 * the time includes process start, script load and evaluation, and the first request.
 */
export async function startServer(
  command: string,
  args: string[],
  port: number,
  probe: string,
  timeoutMs: number,
): Promise<RunningServer> {
  let output = '';
  const t0 = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  });
  child.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${command} exited before answering: ${output.trim().slice(-2000)}`);
    if (performance.now() - t0 > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(
        `${command} did not answer ${probe} within ${timeoutMs} ms: ${output.trim().slice(-2000)}`,
      );
    }
    try {
      const first = await rawGet(port, probe, {}, timeoutMs);
      const firstResponseMs = performance.now() - t0;
      return {
        child,
        port,
        firstResponseMs,
        first,
        rssBytes: await residentBytes(child.pid),
        output: () => output,
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw e;
      await new Promise((r) => setTimeout(r, 1));
    }
  }
}

/** Starts `workerd serve configPath` (the launcher the reliability tools use too) and takes its first answer to `probe`. */
export async function startWorkerd(
  configPath: string,
  probe: string,
  timeoutMs = 120_000,
): Promise<RunningServer> {
  const worker = await launchWorkerd({
    config: configPath,
    probe: (port) => rawGet(port, probe, {}, timeoutMs),
    timeoutMs,
  });
  return { ...worker, rssBytes: await residentBytes(worker.pid) };
}

/** Stops a server this bench started, by its own handle. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
