import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  moduleKind,
  readWorkerSettings,
  renderWorkerdConfig,
  type WorkerModule,
} from '@tally/harness/workerd';
import { benchD1Entry, benchEntry, edgeApiDir, tools } from '../workspace.ts';

export type Bundle = {
  dir: string;
  modules: (WorkerModule & { bytes: number })[];
  /** What Cloudflare counts against the script size limit: the modules uploaded, as wrangler sums them. */
  rawBytes: number;
  gzipBytes: number;
  buildMs: number;
  wranglerReport: string | null;
};

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`wrangler exited with ${code}: ${output.slice(-3000)}`)),
    );
  });
}

/** The bytes of the files a data module imports (`import x from './x.json'`): what a bundle of it holds. */
export async function bundledDataBytes(dataModule: string): Promise<number> {
  const text = await readFile(dataModule, 'utf8');
  let bytes = 0;
  for (const match of text.matchAll(/from\s+['"](\.\/[^'"]+)['"]/g)) {
    bytes += (await stat(join(dirname(dataModule), match[1] as string))).size;
  }
  return bytes;
}

type BundleSpec = {
  /** The bench's entry module (src/worker/*.ts); its output, `<name>.js`, is the Worker's main module. */
  entry: string;
  /** The wrangler environment whose settings apply (`d1`), or the top level. */
  env?: string;
  /** Another data module to alias `@tally/data` to. */
  dataModule?: string;
};

async function bundle(outDir: string, spec: BundleSpec, apiDir: string): Promise<Bundle> {
  const settings = readWorkerSettings(apiDir, spec.env);
  await rm(outDir, { recursive: true, force: true });
  const args = [
    tools.wrangler,
    'deploy',
    // Before the --alias options, which would take it as one more alias.
    spec.entry,
    '--dry-run',
    '--config',
    settings.configPath,
    ...(spec.env ? ['--env', spec.env] : []),
    '--outdir',
    outDir,
    '--alias',
    `tally-bench-worker:${settings.main}`,
    ...(spec.dataModule ? ['--alias', `@tally/data:${spec.dataModule}`] : []),
  ];
  const t0 = performance.now();
  const output = await run(process.execPath, args, apiDir);
  const buildMs = performance.now() - t0;
  const main = `${basename(spec.entry, '.ts')}.js`;
  const files = (await readdir(outDir)).sort((a, b) =>
    a === main ? -1 : b === main ? 1 : a.localeCompare(b),
  );
  const modules: Bundle['modules'] = [];
  const contents: Buffer[] = [];
  for (const name of files) {
    const kind = moduleKind(name);
    if (!kind) continue;
    const content = await readFile(join(outDir, name));
    contents.push(content);
    modules.push({ name, kind, bytes: content.byteLength });
  }
  if (modules[0]?.name !== main) throw new Error(`wrangler wrote no ${main} in ${outDir}`);
  const all = Buffer.concat(contents);
  return {
    dir: outDir,
    modules,
    rawBytes: all.byteLength,
    gzipBytes: gzipSync(all).byteLength,
    buildMs,
    wranglerReport: /Total Upload: ([^\n]+)/.exec(output)?.[1]?.trim() ?? null,
  };
}

/**
 * Bundles the bench entry (apps/edge-api's Worker plus a `/__floor` route) with wrangler, exactly as
 * `wrangler deploy --dry-run` would for the edge-api config, optionally against another data module.
 */
export function bundleWorker(outDir: string, dataModule?: string, apiDir = edgeApiDir): Promise<Bundle> {
  return bundle(outDir, { entry: benchEntry, ...(dataModule ? { dataModule } : {}) }, apiDir);
}

/**
 * Bundles the D1 bench entry (apps/edge-api's D1 Worker plus `/__floor` and `/__d1-floor`) as
 * `wrangler deploy --dry-run --env d1` would: one bundle for every corpus, as it holds no data.
 */
export function bundleD1Worker(outDir: string, apiDir = edgeApiDir): Promise<Bundle> {
  return bundle(outDir, { entry: benchD1Entry, env: 'd1' }, apiDir);
}

/** Writes a workerd config serving the bundle on `port`, beside the bundle; returns its path. */
export async function writeWorkerdConfig(bundle: Bundle, port: number, apiDir = edgeApiDir): Promise<string> {
  const settings = readWorkerSettings(apiDir);
  const path = join(bundle.dir, 'workerd.capnp');
  await writeFile(
    path,
    renderWorkerdConfig({
      modules: bundle.modules.map(({ name, kind }) => ({ name, kind })),
      compatibilityDate: settings.compatibilityDate,
      compatibilityFlags: settings.compatibilityFlags,
      vars: settings.vars,
      address: `127.0.0.1:${port}`,
    }),
  );
  return path;
}

/** A Worker that answers every request with a constant: the start-up baseline of workerd itself. */
export async function writeEmptyWorker(dir: string, port: number, apiDir = edgeApiDir): Promise<string> {
  const settings = readWorkerSettings(apiDir);
  await writeFile(join(dir, 'empty.js'), "export default { fetch() { return new Response('ok\\n'); } };\n");
  const path = join(dir, 'empty.capnp');
  await writeFile(
    path,
    renderWorkerdConfig({
      modules: [{ name: 'empty.js', kind: 'esModule' }],
      compatibilityDate: settings.compatibilityDate,
      compatibilityFlags: settings.compatibilityFlags,
      vars: {},
      address: `127.0.0.1:${port}`,
    }),
  );
  return path;
}
