import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkerSettings, renderWorkerdConfig, startWorkerd, workerModules } from '@tally/harness/workerd';

// The built Worker (`pnpm --filter @tally/edge-api build`, dist/) in `workerd serve` on a loopback port, as
// the bench and the reliability tools run it: for the tests that drive `/mcp` over real HTTP from Node.

const appDir = fileURLToPath(new URL('../..', import.meta.url).href);

export type ServedWorker = { origin: string; stop: () => Promise<void> };

/** Serves dist/ with the compatibility settings of wrangler.jsonc, and returns once /healthz answers 200. */
export async function serveInWorkerd(vars: Record<string, string> = {}): Promise<ServedWorker> {
  const settings = readWorkerSettings(appDir);
  const distDir = join(appDir, 'dist');
  const entry = `${basename(settings.main).replace(/\.[cm]?[jt]s$/, '')}.js`;
  const modules = workerModules(await readdir(distDir), entry);
  const dir = await mkdtemp(join(tmpdir(), 'tally-mcp-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    for (const m of modules) await copyFile(join(distDir, m.name), join(dir, m.name));
    const config = join(dir, 'worker.capnp');
    await writeFile(
      config,
      renderWorkerdConfig({
        modules,
        ...settings,
        vars: { ...settings.vars, ...vars },
        address: '127.0.0.1:0',
      }),
    );
    const worker = await startWorkerd({
      config,
      timeoutMs: 60_000,
      probe: async (port) => {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
      },
    });
    return {
      origin: `http://127.0.0.1:${worker.port}`,
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
