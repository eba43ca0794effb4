// The D1 Worker measured over one corpus: its database loaded, the Worker started in miniflare, the cells.
// On its own, over a data build: node src/d1/measure.ts DATA_DIR [--seconds 3] [--keep]
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readWorkerSettings } from '@tally/harness/workerd';
import { runStep } from '../child.ts';
import { DEFAULT_CELL_SECONDS } from '../defaults.ts';
import { errorMessage } from '../error-message.ts';
import { type Cells, createCells, type LookupCells } from '../http/cells.ts';
import { freePort, rawGet } from '../http/raw-get.ts';
import { FLOOR_PATH, firstLookupPath } from '../http/scenarios.ts';
import { d1Section } from '../report/d1-section.ts';
import type { D1Access, D1AccessPath, D1Database, D1Results } from '../results.ts';
import type { D1LoadResult, D1LoadSpec } from '../steps/d1-load.ts';
import { type D1Ready, READY } from '../steps/d1-serve.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import { type Bundle, bundleD1Worker, writeWorkerdConfig } from '../worker/bundle.ts';
import { type RunningServer, residentBytes, startServer, startWorkerd } from '../workerd/process.ts';
import { createServers, type Servers } from '../workerd/servers.ts';
import { socketOwner } from '../workerd/socket-owner.ts';
import { benchDir, edgeApiDir, packageVersion } from '../workspace.ts';
import type { D1WorkerSpec } from './miniflare-options.ts';

export type D1Context = { cells: Cells; servers: Servers; log: (message: string) => void };

const step = (name: string) => join(benchDir, 'src/steps', name);

/** wrangler.jsonc's `env.d1`: the compatibility settings and the D1 binding's name. */
function d1Settings() {
  const settings = readWorkerSettings(edgeApiDir, 'd1');
  const binding = Object.keys(settings.d1Databases)[0];
  if (!binding) throw new Error(`${settings.configPath}: env.d1 binds no D1 database`);
  return { settings, binding };
}

/** The line d1-serve.ts prints once miniflare is ready (it follows the first answer closely). */
async function readyLine(server: RunningServer): Promise<D1Ready> {
  for (let waited = 0; waited < 30_000; waited += 10) {
    const line = server
      .output()
      .split('\n')
      .find((l) => l.startsWith(READY));
    if (line) return JSON.parse(line.slice(READY.length)) as D1Ready;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`d1-serve.ts printed no ready line: ${server.output().slice(-1000)}`);
}

/** Stops miniflare's Node process (which disposes of its workerd), then its workerd if it outlived it. */
async function stopD1(ctx: D1Context, server: RunningServer, ready: D1Ready | null): Promise<void> {
  await ctx.servers.stop(server);
  const pid = ready?.workerdPid;
  if (!pid) return;
  try {
    process.kill(pid, 0);
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The D1 Worker in miniflare over the database in `persistDir`, served on a direct socket of its workerd. */
async function startD1(
  ctx: D1Context,
  bundle: Bundle,
  persistDir: string,
): Promise<{ server: RunningServer; ready: D1Ready }> {
  const { settings, binding } = d1Settings();
  const port = await freePort();
  const spec: D1WorkerSpec = {
    bundleDir: bundle.dir,
    modules: bundle.modules.map(({ name, kind }) => ({ name, kind })),
    compatibilityDate: settings.compatibilityDate,
    compatibilityFlags: settings.compatibilityFlags,
    vars: settings.vars,
    binding,
    persistDir,
    directPort: port,
  };
  const args = [step('d1-serve.ts'), JSON.stringify(spec)];
  const server = ctx.servers.add(await startServer(process.execPath, args, port, FLOOR_PATH, 300_000));
  const ready = await readyLine(server);
  if (ready.workerdPid === null) {
    await stopD1(ctx, server, ready);
    throw new Error('miniflare started no workerd this bench could find');
  }
  server.cpuPid = ready.workerdPid;
  return { server, ready };
}

/** The floor through one socket of the D1 Worker's workerd, and which process holds that socket. */
async function accessPath(ctx: D1Context, server: RunningServer, port: number, pids: number[]) {
  const owner = await socketOwner(port, pids);
  const cell = await ctx.cells.httpCell(
    { ...server, port },
    'floor',
    'floor',
    FLOOR_PATH,
    ctx.cells.connections,
    false,
  );
  const path: D1AccessPath = {
    port,
    owner,
    floor: cell.result,
    ...(cell.error ? { error: cell.error } : {}),
  };
  return path;
}

/**
 * How requests reach the D1 Worker: which process holds the entry socket (`await mf.ready`) and the
 * direct socket, the floor through each (with miniflare's Node process's CPU per request), and the same
 * bundle's floor under plain `workerd serve`.
 */
async function d1Access(
  ctx: D1Context,
  server: RunningServer,
  ready: D1Ready,
  bundle: Bundle,
): Promise<D1Access> {
  const pids = [server.child.pid, ready.workerdPid].filter((p): p is number => typeof p === 'number');
  const entry = await accessPath(ctx, server, Number(new URL(ready.entryUrl).port), pids);
  const direct = await accessPath(ctx, server, server.port, pids);
  let plain: D1Access['plain'];
  let workerd: RunningServer | null = null;
  try {
    const port = await freePort();
    workerd = ctx.servers.add(await startWorkerd(await writeWorkerdConfig(bundle, port), FLOOR_PATH));
    plain = await accessPath(ctx, workerd, port, workerd.child.pid ? [workerd.child.pid] : []);
  } catch (e) {
    plain = { port: 0, owner: null, floor: null, error: errorMessage(e) };
  } finally {
    if (workerd) await ctx.servers.stop(workerd);
  }
  return { workerdPid: ready.workerdPid, hostPid: server.child.pid ?? null, entry, direct, plain };
}

export type D1Corpus = {
  scale: string;
  /** The data build's `d1/` folder. */
  sqlDir: string;
  /** Where the local database is kept while it is measured. */
  persistDir: string;
  facts: DataFacts;
};

/**
 * One corpus over D1: its `d1/*.sql` loaded into a fresh local database (in a child process), the D1
 * Worker started over it, a first lookup timed, then the lookup cells. The first corpus measured also
 * checks how requests reach the Worker (`results.access`).
 */
export async function measureD1(
  ctx: D1Context,
  corpus: D1Corpus,
  bundle: Bundle,
  results: D1Results,
): Promise<{ database: D1Database; cells: LookupCells }> {
  const { settings, binding } = d1Settings();
  const spec: D1LoadSpec = {
    sqlDir: corpus.sqlDir,
    persistDir: corpus.persistDir,
    binding,
    compatibilityDate: settings.compatibilityDate,
  };
  const load = await runStep<D1LoadResult>(step('d1-load.ts'), [JSON.stringify(spec)], {
    timeoutMs: 3_600_000,
  });
  ctx.log(
    `  ${corpus.scale}: loaded ${load.files} files of SQL in ${(load.loadMs / 1000).toFixed(1)} s (a ${(
      (load.databaseBytes ?? 0) / 1e6
    ).toFixed(1)} MB database)`,
  );
  const { server, ready } = await startD1(ctx, bundle, spec.persistDir);
  try {
    const t0 = performance.now();
    const first = await rawGet(server.port, firstLookupPath(corpus.facts), {}, 300_000);
    const firstLookupMs = performance.now() - t0;
    if (first.status !== 200)
      throw new Error(`the first lookup answered ${first.status}: ${first.body.toString().slice(0, 300)}`);
    if (!results.access) {
      ctx.log(`  ${corpus.scale}: how requests reach the D1 Worker`);
      results.access = await d1Access(ctx, server, ready, bundle);
    }
    ctx.log(`  ${corpus.scale}: lookups`);
    const cells = await ctx.cells.lookupCells(server, corpus.facts, true);
    return {
      database: {
        ...load,
        startMs: server.firstResponseMs,
        firstLookupMs,
        rssBytes: await residentBytes(ready.workerdPid ?? undefined),
      },
      cells,
    };
  } finally {
    await stopD1(ctx, server, ready);
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: 'string' },
      keep: { type: 'boolean', default: false },
      work: { type: 'string' },
    },
  });
  const dataOut = positionals[0];
  if (!dataOut) throw new Error('usage: node src/d1/measure.ts DATA_DIR [--seconds 3] [--keep] [--work DIR]');
  const work = values.work ?? join(tmpdir(), 'tally-bench-d1');
  const cellSeconds = Number(values.seconds ?? DEFAULT_CELL_SECONDS);
  const servers = createServers();
  process.on('SIGINT', () => {
    void servers.stopAll().then(() => process.exit(130));
  });
  const t0 = performance.now();
  const log = (message: string) =>
    process.stderr.write(`[d1 ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  const cells = createCells({ cellSeconds, warmupSeconds: 1, connections: 64 });
  try {
    const bundle = await bundleD1Worker(join(work, 'bundle'));
    const facts = await runStep<DataFacts>(step('data-facts.ts'), [join(dataOut, 'index.js')], {
      timeoutMs: 1_200_000,
      nodeArgs: ['--max-old-space-size=16384'],
    });
    const scale = String(facts.contests);
    const results: D1Results = {
      bundle: { rawBytes: bundle.rawBytes, gzipBytes: bundle.gzipBytes, buildMs: bundle.buildMs },
      access: null,
      databases: [],
    };
    const corpus = { scale, sqlDir: join(dataOut, 'd1'), persistDir: join(work, 'db'), facts };
    const measured = await measureD1({ cells, servers, log }, corpus, bundle, results);
    results.databases.push({ scale, contests: facts.contests, ok: true, value: measured.database });
    const lookupScale = [
      { scale, contests: facts.contests, store: 'd1' as const, connections: 64, ...measured.cells },
    ];
    process.stdout.write(
      `${d1Section({ d1: results, lookupScale, meta: { versions: { miniflare: packageVersion('miniflare') } } }).join('\n')}\n`,
    );
    log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await servers.stopAll();
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}
