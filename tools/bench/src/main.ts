// `npm run bench`: generates corpora, measures the parser, the data build, the Worker bundle and its
// start-up, HTTP on loopback and the D1 Worker over each corpus's database, then prints the report and
// writes BENCHMARKS.md at the root. Each stage is a module of src/run/; this file runs them in order.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from './error-message.ts';
import { workerLimits } from './limits.ts';
import { keepSections } from './report/kept-sections.ts';
import { renderReport } from './report/render-report.ts';
import type { BenchResults } from './results.ts';
import { bundleAndStart } from './run/bundles.ts';
import { createContext } from './run/context.ts';
import { measureD1Corpora } from './run/d1.ts';
import { measureDataBuilds } from './run/data-build.ts';
import { measureHttp } from './run/http.ts';
import { machine, versions } from './run/machine.ts';
import { type RunOptions, readOptions } from './run/options.ts';
import { generateCorpora, measureMemory, measureScaling, measureThroughput } from './run/parse.ts';
import { evaluateTargets } from './targets.ts';
import { checkStartup } from './worker/check-startup.ts';
import { rootDir, workDir } from './workspace.ts';

const started = performance.now();
const parsed = readOptions(process.argv.slice(2));
if ('error' in parsed) {
  process.stderr.write(`${parsed.error}\n`);
  process.exit(2);
}
const options: RunOptions = parsed;
const ctx = createContext(options, started);
const { log, servers } = ctx;
process.on('SIGINT', () => {
  void servers.stopAll().then(() => process.exit(130));
});

async function main(): Promise<number> {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const meta: BenchResults['meta'] = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    quick: options.quick,
    command: options.command,
    seed: options.seed,
    cellSeconds: options.cellSeconds,
    warmupSeconds: options.warmupSeconds,
    connections: options.connections,
    totalSeconds: 0,
    machine: await machine(),
    versions: await versions(),
  };
  log(
    `${meta.machine.cores} cores, load ${meta.machine.loadAverage.map((x) => x.toFixed(2)).join(' ')}; sizes ${options.sizes.join(', ')}`,
  );

  log('corpus');
  const corpus = await generateCorpora(ctx);
  const docsOf = (scale: string) => corpus.find((c) => c.scale === scale)?.documents ?? null;
  log('parser and audit throughput');
  const throughput = await measureThroughput(ctx, docsOf);
  log('parse + audit time against the size of one document');
  const scaling = await measureScaling(ctx);
  log('peak memory of one document of about 4 MiB');
  const memory = await measureMemory(ctx);
  log('data build');
  const { dataBuild, facts } = await measureDataBuilds(ctx, docsOf);
  log('Worker bundles and start-up');
  const { bundles, built } = await bundleAndStart(ctx, dataBuild, facts);
  const limits = workerLimits(bundles);
  log('Worker start-up CPU (wrangler check startup, shipped data)');
  let startupCpu: BenchResults['checkStartup'];
  try {
    startupCpu = await checkStartup(options.startupRuns);
    log(
      `  Active ${startupCpu.activeMs.map((x) => x.toFixed(1)).join(', ')} ms; median ${startupCpu.medianMs.toFixed(1)} ms`,
    );
  } catch (e) {
    startupCpu = { error: errorMessage(e) };
    log(`  failed: ${startupCpu.error.split('\n')[0]}`);
  }
  log('HTTP');
  const { http, lookupScale } = await measureHttp(ctx, built, facts, bundles, docsOf);
  log('D1 Worker (miniflare, local D1)');
  const d1 = await measureD1Corpora(ctx, dataBuild, facts, lookupScale);

  meta.totalSeconds = (performance.now() - started) / 1000;
  const results: BenchResults = {
    meta,
    corpus,
    throughput,
    scaling,
    memory,
    dataBuild,
    bundles,
    checkStartup: startupCpu,
    limits,
    http,
    d1,
    lookupScale,
  };
  const targets = evaluateTargets(results);
  const reportPath = options.reportPath ?? join(rootDir, 'BENCHMARKS.md');
  const previous = await readFile(reportPath, 'utf8').catch(() => '');
  const report = keepSections(previous, renderReport(results, targets));
  await writeFile(join(workDir, 'results.json'), JSON.stringify({ results, targets }, null, 2));
  await writeFile(reportPath, report);
  process.stdout.write(`${report}\n`);
  log(`wrote ${reportPath}`);

  if (!options.keep) {
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
