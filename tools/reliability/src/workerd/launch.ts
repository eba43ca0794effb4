import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readWorkerSettings, renderWorkerdConfig, startWorkerd, workerModules } from '@tally/harness/workerd';
import { send } from '../http/send.ts';
import { edgeApiDir, workerDistDir } from '../workspace.ts';

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

export type LaunchOptions = { distDir?: string; readyTimeoutMs?: number };

/** GET /healthz, which answers 200 once the Worker's module has run and its routes are up. */
async function healthy(port: number): Promise<void> {
  const response = await send(port, { method: 'GET', target: '/healthz' }, { timeoutMs: 5000 });
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
}

/**
 * Runs the Worker that `pnpm --filter @tally/edge-api build` wrote (`apps/edge-api/dist`) in `workerd
 * serve` with the compatibility date and flags of its wrangler.jsonc, on a free loopback port, and waits
 * until /healthz answers. The bundle is copied into a temporary folder beside the config, so a rebuild
 * during a run does not change what is served.
 */
export async function launchWorker(options: LaunchOptions = {}): Promise<RunningWorker> {
  const distDir = options.distDir ?? workerDistDir;
  const settings = readWorkerSettings(edgeApiDir);
  const entry = `${basename(settings.main).replace(/\.[cm]?[jt]s$/, '')}.js`;
  const modules = workerModules(await readdir(distDir), entry);
  const dir = await mkdtemp(join(tmpdir(), 'tally-reliability-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    for (const m of modules) await copyFile(join(distDir, m.name), join(dir, m.name));
    const config = join(dir, 'worker.capnp');
    await writeFile(config, renderWorkerdConfig({ modules, ...settings, address: '127.0.0.1:0' }));
    const worker = await startWorkerd({
      config,
      probe: healthy,
      timeoutMs: options.readyTimeoutMs ?? 30_000,
    });
    return {
      pid: worker.pid,
      port: worker.port,
      origin: `http://127.0.0.1:${worker.port}`,
      output: worker.output,
      stop: async () => {
        await worker.stop();
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}
