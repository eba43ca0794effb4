// `pnpm --filter @tally/bench run bench:mcp`: the latency of MCP tool calls beside the REST routes they mirror,
// on the built Worker in `workerd serve`, written as a section of BENCHMARKS.md (see report.ts).
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contests, races } from '@tally/data';
import {
  readWorkerSettings,
  renderWorkerdConfig,
  startWorkerd,
  workerdVersion,
  workerModules,
} from '@tally/harness/workerd';
import { edgeApiDir, packageVersion, rootDir } from '../workspace.ts';
import { pairs, type Request, restRequest, seedText } from './cells.ts';
import { measure } from './measure.ts';
import { type Row, renderSection, replaceSection } from './report.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    out: { type: 'string', default: join(rootDir, 'BENCHMARKS.md') },
    'no-write': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);

const race = races[0];
if (!race) throw new Error('@tally/data has no race');
const dated = contests
  .filter((c) => c.raceId === race.id && c.date !== null)
  .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
const contest = dated[0];
const through = dated[Math.floor(dated.length / 2)]?.date;
if (!contest || !through) throw new Error(`${race.id} has no dated contest`);
const seedFile = `${basename(contest.source.file)}`;
const cells = pairs(contest.id, race.id, through, { file: seedFile, text: seedText(seedFile) });

/** The built Worker in workerd serve on a free loopback port, as the bench and the reliability tools run it. */
async function launch() {
  const settings = readWorkerSettings(edgeApiDir);
  const distDir = join(edgeApiDir, 'dist');
  const entry = `${basename(settings.main).replace(/\.[cm]?[jt]s$/, '')}.js`;
  const modules = workerModules(await readdir(distDir), entry);
  const dir = await mkdtemp(join(tmpdir(), 'tally-bench-mcp-'));
  for (const m of modules) await copyFile(join(distDir, m.name), join(dir, m.name));
  const config = join(dir, 'worker.capnp');
  await writeFile(config, renderWorkerdConfig({ modules, ...settings, address: '127.0.0.1:0' }));
  const worker = await startWorkerd({
    config,
    probe: async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
    },
  });
  return {
    worker,
    origin: `http://127.0.0.1:${worker.port}`,
    stop: async () => {
      await worker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Sends a request once and checks it is answered as a client expects: 200, and no tool error. */
async function check(origin: string, request: Request): Promise<void> {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${request.method} ${request.path}: ${response.status} ${text.slice(0, 300)}`);
  if (request.method === 'POST') {
    const body = JSON.parse(text) as { error?: unknown; result?: { isError?: boolean } };
    if (body.error || body.result?.isError)
      throw new Error(`${request.body?.slice(0, 100)}: ${text.slice(0, 300)}`);
  }
}

const started = new Date();
const loadAtStart = loadavg();
const served = await launch();
const rows: Row[] = [];
try {
  for (const pair of cells) {
    const requests: [string, Request][] = [
      ...(pair.rest
        ? ([
            [`GET ${pair.rest} (as served)`, restRequest(pair.rest, 'replayed')],
            [`GET ${pair.rest} (through the app)`, restRequest(pair.rest, 'app')],
          ] as [string, Request][])
        : []),
      [`MCP ${pair.tool}`, pair.mcp],
    ];
    for (const [label, request] of requests) {
      await check(served.origin, request);
      const result = await measure(served.origin, request, served.worker.pid, seconds, warmup);
      if (Object.keys(result.statuses).some((s) => s !== '200')) {
        throw new Error(`${label}: statuses ${JSON.stringify(result.statuses)}`);
      }
      rows.push({
        question: pair.question,
        label,
        kind: label.startsWith('MCP') ? 'mcp' : label.endsWith('(as served)') ? 'served' : 'app',
        result,
      });
      console.log(
        `${label}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ${result.rps.toFixed(0)} req/s`,
      );
    }
  }
} finally {
  await served.stop();
}

const section = renderSection({
  date: started,
  seconds,
  warmup,
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAtStart,
  loadAtEnd: loadavg(),
  versions: { workerd: workerdVersion, autocannon: packageVersion('autocannon') },
  rows,
});
console.log(`\n${section}`);
if (!values['no-write']) {
  const out = values.out as string;
  await writeFile(out, replaceSection(await readFile(out, 'utf8'), section));
  console.log(`wrote the section to ${out}`);
}
