// The soak: the built Worker in workerd on loopback under autocannon for a minute, with its memory watched.
// `pnpm --filter @tally/reliability run soak [-- --duration 60 --connections 64 --warmup 60]`
import { parseArgs } from 'node:util';
import { workerdVersion } from '@tally/harness/workerd';
import autocannon, { type Options, type Result } from 'autocannon';
import { readContext } from '../fuzz/context.ts';
import { describeMachine, loadAverage } from '../results/machine.ts';
import { writeSection } from '../results/results-file.ts';
import { launchWorker } from '../workerd/launch.ts';
import { resultsPath } from '../workspace.ts';
import { createHistogram, type LatencyHistogram, percentile, recordLatency } from './latency-histogram.ts';
import { mixCounts, soakMix } from './mix.ts';
import { residentBytes, sampleMemory, summarizeMemory } from './rss.ts';
import { failures, renderSoakSection, type SoakFigures } from './soak-report.ts';

/** Memory is flat when the end of the run is within this share of the value right after the warm-up. */
const FLAT_MARGIN = 0.1;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    warmup: { type: 'string', default: '60' },
  },
});
const seconds = Number(values.duration);
const connections = Number(values.connections);
const warmUpSeconds = Number(values.warmup);

function load(options: Options, histogram?: LatencyHistogram): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (histogram) instance.on('response', (_client, _status, _bytes, ms) => recordLatency(histogram, ms));
  });
}

const worker = await launchWorker();
try {
  const idle = await residentBytes(worker.pid);
  if (idle === null) throw new Error('cannot read the memory of workerd');
  const context = await readContext(worker.port);
  const mix = soakMix(context);
  const options = { url: worker.origin, connections, pipelining: 1, timeout: 10, requests: mix };
  console.log(
    `soak: ${connections} connections on ${worker.origin}, ${warmUpSeconds} s warm-up, then ${seconds} s`,
  );

  const loadAtStart = loadAverage();
  // workerd's memory climbs for the first 20 to 50 s of load (V8 sizing its heap; an empty Worker does the
  // same; a 180 s run on 2026-12-01 levelled off after about 50 s), then saw-tooths around a level: the
  // warm-up takes that climb out of the measured run.
  await load({ ...options, duration: warmUpSeconds });
  const sampler = sampleMemory(worker.pid, 1000);
  const histogram = createHistogram();
  const result = await load({ ...options, duration: seconds }, histogram);
  const samples = await sampler.stop();

  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  const figures: SoakFigures = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    loadAtStart,
    command: 'pnpm --filter @tally/reliability run soak',
    workerd: workerdVersion,
    connections,
    warmUpSeconds,
    seconds,
    mix: mixCounts(mix),
    sent: result.requests.sent,
    completed: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    latencyMs: {
      p50: percentile(histogram, 50),
      p99: percentile(histogram, 99),
      max: percentile(histogram, 100),
    },
    memory: summarizeMemory(idle, samples, FLAT_MARGIN),
    marginPercent: FLAT_MARGIN * 100,
  };
  const section = renderSoakSection(figures);
  console.log(section);
  console.log(`memory samples (MiB): ${samples.map((s) => (s.bytes / 2 ** 20).toFixed(1)).join(' ')}`);
  const failed = failures(figures);
  if (worker.output() !== '') console.log(`workerd wrote:\n${worker.output()}`);
  // Only a full-length run stands for the soak in RESULTS.md; a shorter one (a try-out) is printed only.
  if (seconds >= 60) {
    await writeSection(resultsPath, 'soak', section);
    console.log(`soak: written to ${resultsPath}`);
  }
  if (failed > 0 || !figures.memory.flat || worker.output() !== '') {
    console.error(`soak: ${failed} failed requests; memory ${figures.memory.flat ? 'flat' : 'not flat'}`);
    process.exitCode = 1;
  }
} finally {
  await worker.stop();
}
