import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { send } from '../http/send.ts';
import { workerDistDir, wranglerConfigPath } from '../workspace.ts';
import { renderCapnpConfig, workerModules } from './capnp-config.ts';
import { runtimeSettings } from './wrangler-config.ts';

const require = createRequire(import.meta.url);

/** The workerd binary of the `workerd` package (the version wrangler runs). */
export const workerdBinary = (require('workerd') as { default: string }).default;

/** A workerd process serving the built Worker on 127.0.0.1:`port`, started by `launchWorker`. */
export type RunningWorker = {
  pid: number;
  port: number;
  origin: string;
  /** The last 20,000 characters workerd wrote to stdout and stderr. */
  output: () => string;
  /** Stops workerd (SIGTERM, then SIGKILL after 5 s) and removes its config folder. */
  stop: () => Promise<void>;
};

export type LaunchOptions = { distDir?: string; wranglerConfig?: string; readyTimeoutMs?: number };

/** The port workerd reports on its control descriptor once the `http` socket listens. */
function listenPort(child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  const control = child.stdio[3] as Readable | null;
  if (!control) return Promise.reject(new Error('workerd was started without a control descriptor'));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => fail(new Error(`workerd did not listen within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onExit = () => fail(new Error(`workerd exited before listening: ${output().trim().slice(-2000)}`));
    function fail(error: Error) {
      clearTimeout(timer);
      child.off('exit', onExit);
      reject(error);
    }
    child.once('exit', onExit);
    control.setEncoding('utf8');
    control.on('data', (text: string) => {
      buffered += text;
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const message = JSON.parse(buffered.slice(0, newline)) as {
          event?: string;
          socket?: string;
          port?: number;
        };
        buffered = buffered.slice(newline + 1);
        if (message.event === 'listen' && message.socket === 'http' && typeof message.port === 'number') {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(message.port);
          return;
        }
        newline = buffered.indexOf('\n');
      }
    });
  });
}

/** Polls /healthz until it answers 200: the Worker's module has run and its routes are up. */
async function waitUntilHealthy(port: number, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await send(port, { method: 'GET', target: '/healthz' }, { timeoutMs: 5000 });
      if (response.status === 200) return;
      if (Date.now() > deadline) throw new Error(`/healthz answered ${response.status}`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs the Worker that `pnpm --filter @tally/edge-api build` wrote (`apps/edge-api/dist`) in `workerd
 * serve` with the compatibility date and flags of its wrangler.jsonc, on a free loopback port (port 0,
 * read back from workerd's control descriptor), and waits until /healthz answers. The bundle is copied
 * into a temporary folder beside the config, so a rebuild during a run does not change what is served.
 */
export async function launchWorker(options: LaunchOptions = {}): Promise<RunningWorker> {
  const distDir = options.distDir ?? workerDistDir;
  const settings = runtimeSettings(await readFile(options.wranglerConfig ?? wranglerConfigPath, 'utf8'));
  const entry = `${basename(settings.main).replace(/\.[cm]?[jt]s$/, '')}.js`;
  const modules = workerModules(await readdir(distDir), entry);
  const dir = await mkdtemp(join(tmpdir(), 'tally-reliability-'));
  for (const m of modules) await copyFile(join(distDir, m.name), join(dir, m.name));
  await writeFile(
    join(dir, 'worker.capnp'),
    renderCapnpConfig({ modules, ...settings, address: '127.0.0.1:0' }),
  );

  let output = '';
  const child = spawn(workerdBinary, ['serve', 'worker.capnp', '--control-fd=3'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const timeoutMs = options.readyTimeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    const port = await listenPort(child, () => output, timeoutMs);
    await waitUntilHealthy(port, deadline);
    if (child.pid === undefined) throw new Error('workerd has no process id');
    return { pid: child.pid, port, origin: `http://127.0.0.1:${port}`, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
