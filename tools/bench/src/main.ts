// `npm run bench`: generates corpora, measures the parser, the data build, the Worker bundle and its
// start-up, HTTP on loopback and the D1 Worker over each corpus's database, then prints the report and
// writes BENCHMARKS.md at the root.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '@tally/corpus';
import { writeCorpus } from '@tally/corpus/write-corpus';
import { workerdVersion } from '@tally/harness/workerd';
import { runStep } from './child.ts';
import { measureD1 } from './d1/measure.ts';
import { DEFAULT_CELL_SECONDS, DEFAULT_SIZES, QUICK_SIZES } from './defaults.ts';
import { errorMessage } from './error-message.ts';
import { int } from './format.ts';
import { createCells } from './http/cells.ts';
import { writeJsonServerDb } from './http/json-server-db.ts';
import { freePort } from './http/raw-get.ts';
import { FLOOR_PATH, firstLookupPath, lookupPath, SCENARIOS, sizedFloorPath } from './http/scenarios.ts';
import { estimateLimit, type LimitPoint, WORKER_LIMITS } from './limits.ts';
import { renderReport } from './report.ts';
import type {
  BenchResults,
  BundleRow,
  CorpusRow,
  D1Results,
  DataBuildRow,
  DistinctLookup,
  HttpCell,
  HttpMatrix,
  LookupScaleRow,
  Row,
  StartupResult,
} from './results.ts';
import type { DataFacts } from './steps/data-facts.ts';
import { SCALING_SEMI_SPACE_MIB, type ScalingResult } from './steps/scaling.ts';
import type { ThroughputResult } from './steps/throughput.ts';
import { evaluateTargets } from './targets.ts';
import {
  type Bundle,
  bundleD1Worker,
  bundledDataBytes,
  bundleWorker,
  writeEmptyWorker,
  writeWorkerdConfig,
} from './worker/bundle.ts';
import { type RunningServer, startServer, startWorkerd } from './workerd/process.ts';
import { createServers } from './workerd/servers.ts';
import { benchDir, dataDir, packageVersion, rootDir, tools, workDir } from './workspace.ts';

/** V8 cannot hold a longer string (2^29 - 24 characters), so no runtime could load a bigger script: such bundles are not built. */
const MAX_BUNDLEABLE_DATA = 2 ** 29 - 24;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seconds: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const quick = values.quick ?? false;
const sizes = values.sizes
  ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')))
  : quick
    ? QUICK_SIZES
    : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(
    `--sizes takes whole numbers of documents, such as 10,1000,10000 (got ${values.sizes})\n`,
  );
  process.exit(2);
}
const cellSeconds = Number(values.seconds ?? (quick ? 1 : DEFAULT_CELL_SECONDS));
const warmupSeconds = quick ? 0.3 : 1;
const connections = [1, 16, 64];
// The full matrix at the seed and at 1,000 contests (where json-server's linear scans begin to show).
const matrixScales = ['seed', ...(quick ? [] : sizes.filter((n) => n === 1000).map(String))];
const startupRuns = quick ? 3 : 7;
const minPassMs = quick ? 300 : 2000;
const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
  ' ',
);
const seed = DEFAULT_SEED;
const reportPath = values.out ?? join(rootDir, 'BENCHMARKS.md');

const started = performance.now();
const log = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );
const message = errorMessage;
const servers = createServers();
process.on('SIGINT', () => {
  void servers.stopAll().then(() => process.exit(130));
});

const step = (name: string) => join(benchDir, 'src/steps', name);
const scales = ['seed', ...sizes.map(String)];
const corpusDir = (scale: string) =>
  scale === 'seed' ? join(dataDir, 'sources') : join(workDir, 'corpus', scale, 'sources');
const dataOut = (scale: string) => join(workDir, 'data', scale);
const dataModule = (scale: string) => join(dataOut(scale), 'index.js');
const summariesPath = (scale: string) => join(workDir, `summaries-${scale}.json`);
const d1Persist = (scale: string) => join(workDir, 'd1', scale);
const top = Math.max(...connections);
const loadCells = createCells({ cellSeconds, warmupSeconds, connections: top });
const { httpCell } = loadCells;

async function dirBytes(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(dir, f))).size;
  return { files: files.length, bytes };
}

async function measure<T>(scale: string, contests: number | null, work: () => Promise<T>): Promise<Row<T>> {
  try {
    return { scale, contests, ok: true, value: await work() };
  } catch (e) {
    log(`  ${scale}: failed: ${message(e).split('\n')[0]}`);
    return { scale, contests, ok: false, error: message(e) };
  }
}

async function machine(): Promise<BenchResults['meta']['machine']> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    os: `${process.platform} ${release()}`,
    loadAverage: loadavg(),
  };
}

async function versions(): Promise<Record<string, string>> {
  return {
    node: process.version,
    workerd: workerdVersion,
    wrangler: packageVersion('wrangler'),
    miniflare: packageVersion('miniflare'),
    autocannon: packageVersion('autocannon'),
    'json-server': packageVersion('json-server'),
  };
}

/** Starts workerd, takes its first response to `probe`, and stops it. */
async function coldStart(config: (port: number) => Promise<string>, probe: string): Promise<RunningServer> {
  const port = await freePort();
  const server = await startWorkerd(await config(port), probe);
  servers.add(server);
  await stop(server);
  if (server.first.status !== 200) throw new Error(`the first ${probe} answered ${server.first.status}`);
  return server;
}

/**
 * Spawn-to-first-response, the fastest of `startupRuns` after one warm-up round (other load on the
 * machine only ever adds time), for three Workers in turn: an empty one, Tally's answering its
 * constant route (script and data loaded) and Tally's answering a lookup (plus the first request's work).
 */
async function measureStartup(bundle: Bundle, probe: string): Promise<StartupResult> {
  const empty: number[] = [];
  const script: number[] = [];
  const lookup: number[] = [];
  let rss: number | null = null;
  let emptyRss: number | null = null;
  for (let run = 0; run <= startupRuns; run++) {
    const e = await coldStart((port) => writeEmptyWorker(bundle.dir, port), FLOOR_PATH);
    const s = await coldStart((port) => writeWorkerdConfig(bundle, port), FLOOR_PATH);
    const t = await coldStart((port) => writeWorkerdConfig(bundle, port), probe);
    if (run === 0) continue;
    empty.push(e.firstResponseMs);
    script.push(s.firstResponseMs);
    lookup.push(t.firstResponseMs);
    rss = t.rssBytes;
    emptyRss = e.rssBytes;
  }
  const fastest = (times: number[]) => Math.min(...times);
  return {
    runs: startupRuns,
    emptyMs: fastest(empty),
    firstLookupMs: fastest(lookup),
    attributableMs: fastest(lookup) - fastest(empty),
    scriptMs: fastest(script),
    scriptAttributableMs: fastest(script) - fastest(empty),
    rssBytes: rss,
    emptyRssBytes: emptyRss,
  };
}

async function startTally(bundle: Bundle, facts: DataFacts): Promise<RunningServer> {
  const port = await freePort();
  const server = await startWorkerd(await writeWorkerdConfig(bundle, port), firstLookupPath(facts));
  servers.add(server);
  return server;
}

async function startJsonServer(dbPath: string, facts: DataFacts): Promise<RunningServer> {
  const port = await freePort();
  const args = [tools.jsonServer, '--port', String(port), '--host', '127.0.0.1', '--quiet', dbPath];
  const server = await startServer(process.execPath, args, port, `/contests/${facts.firstId}`, 300_000);
  servers.add(server);
  return server;
}

const stop = (server: RunningServer) => servers.stop(server);

async function httpMatrix(
  scale: string,
  bundle: Bundle,
  facts: DataFacts,
): Promise<{ matrix: HttpMatrix; distinct: DistinctLookup | null }> {
  const cells: HttpCell[] = [];
  const worker = await startTally(bundle, facts);
  let json: RunningServer | null = null;
  try {
    const dbPath = join(workDir, `db-${scale}.json`);
    await writeJsonServerDb(worker.port, facts, summariesPath(scale), dbPath);
    json = await startJsonServer(dbPath, facts);
    for (const conns of connections) {
      log(`  ${scale}: ${conns} connections`);
      cells.push(await httpCell(worker, 'floor', 'floor', FLOOR_PATH, conns, false));
      cells.push(
        await httpCell(worker, 'floor-sized', 'floor', sizedFloorPath(lookupPath(facts)), conns, false),
      );
      for (const s of SCENARIOS) {
        cells.push(await httpCell(worker, s.name, 'worker', s.worker(facts), conns, s.revalidate));
        cells.push(await httpCell(json, s.name, 'json-server', s.jsonServer(facts), conns, s.revalidate));
      }
    }
    log(`  ${scale}: lookups cycling through ${int(facts.lookupIds.length)} ids`);
    const distinct = await loadCells.distinctCell(worker, facts);
    return { matrix: { scale, contests: facts.contests, cells }, distinct };
  } catch (e) {
    return { matrix: { scale, contests: facts.contests, cells, error: message(e) }, distinct: null };
  } finally {
    await stop(worker);
    if (json) await stop(json);
  }
}

/** Where the bundled data meets each Workers limit: a line through every measured bundle. */
function workerLimits(bundles: Row<BundleRow>[]): BenchResults['limits'] {
  const points = (pick: (b: BundleRow) => number | null): LimitPoint[] =>
    bundles.flatMap((b) => {
      const value = b.ok ? pick(b.value) : null;
      return b.ok && b.contests !== null && value !== null ? [{ contests: b.contests, value }] : [];
    });
  return WORKER_LIMITS.map((spec) =>
    estimateLimit(
      spec,
      points((b) =>
        spec.basis === 'raw'
          ? b.rawBytes
          : spec.basis === 'gzip'
            ? b.gzipBytes
            : b.startup && !('error' in b.startup)
              ? b.startup.scriptAttributableMs
              : null,
      ),
    ),
  );
}

async function main(): Promise<number> {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const meta: BenchResults['meta'] = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    quick,
    command,
    seed,
    cellSeconds,
    warmupSeconds,
    connections,
    totalSeconds: 0,
    machine: await machine(),
    versions: await versions(),
  };
  log(
    `${meta.machine.cores} cores, load ${meta.machine.loadAverage.map((x) => x.toFixed(2)).join(' ')}; sizes ${sizes.join(', ')}`,
  );

  log('corpus');
  const corpus: CorpusRow[] = [];
  const seedFiles = await dirBytes(corpusDir('seed'));
  corpus.push({ scale: 'seed', documents: seedFiles.files, bytes: seedFiles.bytes, generateMs: null });
  for (const n of sizes) {
    const t0 = performance.now();
    const stats = await writeCorpus(corpusDir(String(n)), n, seed);
    corpus.push({ scale: String(n), documents: n, bytes: stats.bytes, generateMs: performance.now() - t0 });
    log(`  ${int(n)} documents, ${int(stats.bytes)} bytes`);
  }
  const docsOf = (scale: string) => corpus.find((c) => c.scale === scale)?.documents ?? null;

  log('parser and audit throughput');
  const throughput: Row<ThroughputResult>[] = [];
  for (const scale of scales) {
    throughput.push(
      await measure(scale, docsOf(scale), () =>
        runStep<ThroughputResult>(step('throughput.ts'), [corpusDir(scale), String(minPassMs)], {
          timeoutMs: 1_200_000,
        }),
      ),
    );
    const last = throughput[throughput.length - 1];
    if (last?.ok)
      log(
        `  ${scale}: parse + audit ${last.value.parseAudit.mbPerSecond.toFixed(1)} MB/s, ${last.value.failures.length} failures`,
      );
  }

  log('parse + audit time against the size of one document');
  let scaling: ScalingResult | { error: string };
  try {
    scaling = await runStep<ScalingResult>(step('scaling.ts'), [String(quick ? 200 : 3000)], {
      timeoutMs: 600_000,
      nodeArgs: [`--max-semi-space-size=${SCALING_SEMI_SPACE_MIB}`],
    });
    for (const { shape, points } of scaling)
      log(
        `  ${shape}: ${points.map((p) => `${int(p.bytes)} B ${(p.workMs ?? p.ms).toFixed(1)} ms`).join(', ')}`,
      );
  } catch (e) {
    scaling = { error: message(e) };
    log(`  failed: ${scaling.error}`);
  }

  log('data build');
  const dataBuild: Row<DataBuildRow>[] = [];
  const facts = new Map<string, DataFacts>();
  for (const scale of scales) {
    const row = await measure(scale, docsOf(scale), () =>
      runStep<DataBuildRow>(
        step('data-build.ts'),
        [corpusDir(scale), dataOut(scale), scale === 'seed' ? 'shipped' : 'generated'],
        {
          timeoutMs: 1_200_000,
        },
      ),
    );
    if (row.ok) {
      try {
        const args = [dataModule(scale), ...(matrixScales.includes(scale) ? [summariesPath(scale)] : [])];
        const f = await runStep<DataFacts>(step('data-facts.ts'), args, {
          timeoutMs: 1_200_000,
          nodeArgs: ['--max-old-space-size=16384'],
        });
        facts.set(scale, f);
        row.contests = f.contests;
      } catch (e) {
        log(`  ${scale}: could not read the built data: ${message(e)}`);
      }
      log(`  ${scale}: ${(row.value.ms / 1000).toFixed(1)} s, ${int(row.value.outputBytes)} bytes`);
    }
    dataBuild.push(row);
  }

  log('Worker bundles and start-up');
  const bundles: Row<BundleRow>[] = [];
  const built = new Map<string, Bundle>();
  for (const row of dataBuild) {
    const { scale } = row;
    const f = facts.get(scale);
    bundles.push(
      await measure(scale, f?.contests ?? null, async () => {
        if (!row.ok) throw new Error('no data build');
        if (!f) throw new Error('the built data could not be read');
        const dataBytes = await bundledDataBytes(dataModule(scale));
        if (dataBytes > MAX_BUNDLEABLE_DATA) {
          throw new Error(
            `not bundled: the modules the Worker imports hold ${int(dataBytes)} bytes, past the longest script V8 can load`,
          );
        }
        const bundle = await bundleWorker(join(workDir, 'bundle', scale), dataModule(scale));
        built.set(scale, bundle);
        log(`  ${scale}: ${int(bundle.rawBytes)} bytes (${int(bundle.gzipBytes)} gzip)`);
        let startup: BundleRow['startup'] = null;
        try {
          startup = await measureStartup(bundle, firstLookupPath(f));
          log(
            `  ${scale}: start-up ${startup.attributableMs.toFixed(1)} ms over an empty Worker (script ${startup.scriptAttributableMs.toFixed(1)} ms)`,
          );
        } catch (e) {
          startup = { error: message(e) };
        }
        return {
          rawBytes: bundle.rawBytes,
          gzipBytes: bundle.gzipBytes,
          buildMs: bundle.buildMs,
          wranglerReport: bundle.wranglerReport,
          startup,
        };
      }),
    );
  }

  const limits = workerLimits(bundles);

  log('HTTP');
  const http: HttpMatrix[] = [];
  const matrixDistinct = new Map<string, DistinctLookup | null>();
  for (const scale of matrixScales) {
    const bundle = built.get(scale);
    const f = facts.get(scale);
    if (!bundle || !f) {
      http.push({ scale, contests: f?.contests ?? 0, cells: [], error: 'no Worker bundle for this corpus' });
      continue;
    }
    const { matrix, distinct } = await httpMatrix(scale, bundle, f);
    http.push(matrix);
    matrixDistinct.set(scale, distinct);
  }
  const lookupScale: LookupScaleRow[] = [];
  for (const scale of scales) {
    const f = facts.get(scale) ?? null;
    const matrix = http.find((m) => m.scale === scale && !m.error);
    const pick = (target: 'worker' | 'floor') =>
      matrix?.cells.find(
        (c) =>
          c.scenario === (target === 'floor' ? 'floor' : 'lookup') &&
          c.target === target &&
          c.connections === top,
      )?.result ?? null;
    const row = { scale, store: 'bundled' as const, connections: top };
    if (matrix) {
      lookupScale.push({
        ...row,
        contests: f?.contests ?? null,
        lookup: pick('worker'),
        floor: pick('floor'),
        distinct: matrixDistinct.get(scale) ?? null,
      });
      continue;
    }
    const bundle = built.get(scale);
    if (!bundle || !f) {
      const b = bundles.find((x) => x.scale === scale);
      lookupScale.push({
        ...row,
        contests: f?.contests ?? docsOf(scale),
        lookup: null,
        distinct: null,
        floor: null,
        error: b && !b.ok ? b.error : 'no Worker bundle',
      });
      continue;
    }
    log(`  lookup at ${scale}`);
    let server: RunningServer | null = null;
    try {
      server = await startTally(bundle, f);
      lookupScale.push({ ...row, contests: f.contests, ...(await loadCells.lookupCells(server, f, false)) });
    } catch (e) {
      lookupScale.push({
        ...row,
        contests: f.contests,
        lookup: null,
        distinct: null,
        floor: null,
        error: message(e),
      });
    } finally {
      if (server) await stop(server);
    }
  }

  log('D1 Worker (miniflare, local D1)');
  const d1: D1Results = { bundle: null, access: null, databases: [] };
  let d1Bundle: Bundle | null = null;
  try {
    d1Bundle = await bundleD1Worker(join(workDir, 'bundle', 'd1'));
    d1.bundle = { rawBytes: d1Bundle.rawBytes, gzipBytes: d1Bundle.gzipBytes, buildMs: d1Bundle.buildMs };
    log(`  bundle ${int(d1Bundle.rawBytes)} bytes (${int(d1Bundle.gzipBytes)} gzip)`);
  } catch (e) {
    d1.bundle = { error: message(e) };
    log(`  bundle failed: ${message(e).split('\n')[0]}`);
  }
  for (const row of dataBuild) {
    const { scale } = row;
    const f = facts.get(scale);
    const contests = f?.contests ?? row.contests;
    const d1Row = { scale, store: 'd1' as const, connections: top };
    const failed = (error: string) =>
      lookupScale.push({ ...d1Row, contests, lookup: null, distinct: null, floor: null, error });
    if (!d1Bundle) {
      failed('no D1 Worker bundle');
      continue;
    }
    if (!row.ok || !f) {
      failed(row.ok ? 'the built data could not be read' : 'no data build');
      continue;
    }
    const bundle = d1Bundle;
    const corpus = { scale, sqlDir: join(dataOut(scale), 'd1'), persistDir: d1Persist(scale), facts: f };
    const measured = await measure(scale, contests, () =>
      measureD1({ cells: loadCells, servers, log }, corpus, bundle, d1),
    );
    if (measured.ok) {
      d1.databases.push({ ...measured, value: measured.value.database });
      lookupScale.push({ ...d1Row, contests, ...measured.value.cells });
    } else {
      d1.databases.push(measured);
      failed(measured.error);
    }
  }

  meta.totalSeconds = (performance.now() - started) / 1000;
  const results: BenchResults = {
    meta,
    corpus,
    throughput,
    scaling,
    dataBuild,
    bundles,
    limits,
    http,
    d1,
    lookupScale,
  };
  const targets = evaluateTargets(results);
  const report = renderReport(results, targets);
  await writeFile(join(workDir, 'results.json'), JSON.stringify({ results, targets }, null, 2));
  await writeFile(reportPath, report);
  process.stdout.write(`${report}\n`);
  log(`wrote ${reportPath}`);

  if (!values.keep) {
    for (const d of ['corpus', 'data', 'bundle', 'd1'])
      await rm(join(workDir, d), { recursive: true, force: true });
    for (const f of await readdir(workDir)) {
      if (f.startsWith('db-') || f.startsWith('summaries-')) await rm(join(workDir, f), { force: true });
    }
  }
  const parseFailures = throughput.some((t) => t.ok && t.value.failures.length > 0);
  const seedFailed = [throughput, dataBuild, bundles].some((rows) =>
    rows.some((x) => x.scale === 'seed' && !x.ok),
  );
  return parseFailures || seedFailed || http.some((m) => m.error) ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  await servers.stopAll();
}
