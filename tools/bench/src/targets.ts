import { bytes, fixed, int, ms, ratio } from './format.ts';
import { type LimitSpec, WORKER_LIMITS } from './limits.ts';
import type {
  BenchResults,
  DistinctLookup,
  HttpCell,
  HttpMatrix,
  LookupScaleRow,
  LookupStore,
  ScenarioName,
  Target,
} from './results.ts';
import { powerLawExponent } from './stats.ts';
import type { CellResult } from './steps/load-cell.ts';
import type { ScalingResult } from './steps/scaling.ts';
import type { ThroughputResult } from './steps/throughput.ts';

export type TargetResult = {
  name: string;
  goal: string;
  measured: string;
  /** null when the run could not measure it. */
  met: boolean | null;
  /** For a missed or unmeasured target: what bounds it, from the same run's figures. */
  bound: string | null;
};

const SCENARIOS: ScenarioName[] = ['lookup', 'tally', 'search', 'revalidate'];

export function cell(
  matrix: HttpMatrix,
  scenario: HttpCell['scenario'],
  target: Target,
  connections: number,
): CellResult | null {
  return (
    matrix.cells.find(
      (c: HttpCell) => c.scenario === scenario && c.target === target && c.connections === connections,
    )?.result ?? null
  );
}

const cpu = (c: CellResult | null) =>
  c?.serverCpuUsPerRequest == null ? Number.NaN : c.serverCpuUsPerRequest;

function lookupAgainst(r: BenchResults, other: 'floor' | 'json-server', goal: number): TargetResult {
  const name =
    other === 'floor' ? 'Lookup throughput against the floor' : 'Lookup throughput against json-server';
  const goalText = `>= ${goal}x ${other === 'floor' ? 'the constant route' : 'json-server'} at every connection count`;
  const matrix = r.http[0];
  if (!matrix || matrix.error) {
    return {
      name,
      goal: goalText,
      measured: 'not measured',
      met: null,
      bound: matrix?.error ?? 'no HTTP run',
    };
  }
  const ratios = r.meta.connections.map((c) => {
    const worker = cell(matrix, 'lookup', 'worker', c);
    const base = cell(matrix, other === 'floor' ? 'floor' : 'lookup', other, c);
    return { c, value: worker && base ? worker.rps / base.rps : Number.NaN };
  });
  const measured = `${ratios.map((x) => ratio(x.value)).join(' / ')} at ${r.meta.connections.join(' / ')} connections (${int(matrix.contests)} contests)`;
  const valid = ratios.every((x) => Number.isFinite(x.value));
  const met = valid ? ratios.every((x) => x.value >= goal) : null;
  let bound: string | null = null;
  if (met !== true) {
    const top = Math.max(...r.meta.connections);
    const worker = cell(matrix, 'lookup', 'worker', top);
    const floor = cell(matrix, 'floor', 'floor', top);
    const json = cell(matrix, 'lookup', 'json-server', top);
    const bytes = matrix.cells.find((c) => c.scenario === 'lookup' && c.target === 'worker')?.responseBytes;
    const sized = cell(matrix, 'floor-sized', 'floor', top);
    const sending = `sending the lookup's response itself (its ${bytes ? int(bytes) : '?'}-byte body and its headers, as a constant from the same Worker) costs ${fixed(cpu(sized), 0)} µs`;
    const split = !Number.isFinite(cpu(sized))
      ? `: the API's per-request work and writing a ${bytes ? int(bytes) : '?'}-byte body instead of 3 bytes`
      : cpu(worker) <= cpu(sized)
        ? `: ${sending}, as much as the lookup or more, so the whole gap is the size of the answer and the lookup's own work (the replay cache's, for a lookup it has answered before) does not show`
        : `: ${sending}, so ${fixed(cpu(sized) - cpu(floor), 0)} µs of the gap is the size of the answer and ${fixed(cpu(worker) - cpu(sized), 0)} µs the lookup's own work (the replay cache's, for a lookup it has answered before)`;
    bound =
      other === 'floor'
        ? `At ${top} connections workerd spends ${fixed(cpu(worker), 0)} µs of CPU per lookup against ${fixed(cpu(floor), 0)} µs per constant 3-byte response (a CPU ratio of ${ratio(cpu(floor) / cpu(worker))}, which other load on the machine moves less than req/s)${split}. 0.9x of the constant route leaves about ${fixed(cpu(floor) / 0.9 - cpu(floor), 0)} µs per request for the lookup and its response together${Number.isFinite(cpu(sized)) && cpu(sized) > cpu(floor) / 0.9 ? ', less than sending this response alone takes: against a floor of its own size the target asks for a smaller answer (fewer bytes and headers), not a faster lookup' : ''}.`
        : `json-server spends ${fixed(cpu(json), 0)} µs of CPU per lookup and the Worker ${fixed(cpu(worker), 0)} µs at ${top} connections (a CPU ratio of ${ratio(cpu(json) / cpu(worker))}); with ${r.meta.machine.cores} cores shared by both servers, the load generator and anything else running (load average ${fixed(r.meta.machine.loadAverage[0] ?? 0, 2)} at the start), req/s ratios at many connections follow how the cores were shared as much as the servers' own cost.`;
  }
  return { name, goal: goalText, measured, met, bound };
}

function p99Target(r: BenchResults): TargetResult {
  const top = Math.max(...r.meta.connections);
  const name = `p99 latency at ${top} connections`;
  const goal = '< 10 ms for every Worker route';
  const matrix = r.http[0];
  if (!matrix || matrix.error)
    return { name, goal, measured: 'not measured', met: null, bound: matrix?.error ?? null };
  const p99s = SCENARIOS.map((s) => ({ s, c: cell(matrix, s, 'worker', top) }));
  const measured = p99s.map(({ s, c }) => `${s} ${c ? ms(c.p99Ms) : 'n/a'}`).join(', ');
  const met = p99s.every(({ c }) => c) ? p99s.every(({ c }) => (c as CellResult).p99Ms < 10) : null;
  let bound: string | null = null;
  if (met !== true) {
    const floor = cell(matrix, 'floor', 'floor', top);
    const worst = p99s.reduce((a, b) => ((b.c?.p99Ms ?? 0) > (a.c?.p99Ms ?? 0) ? b : a));
    bound = `With ${top} connections always busy, mean latency is ${top} / throughput (Little's law): ${worst.s} at ${int(worst.c?.rps ?? 0)} req/s gives ${ms((top / (worst.c?.rps ?? 1)) * 1000)} mean. The constant route's own p99 here is ${floor ? ms(floor.p99Ms) : 'n/a'}: one workerd thread (${fixed((worst.c?.serverCpuShare ?? 0) * 100, 0)}% of a core during that cell) queues the requests, on ${r.meta.machine.cores} cores shared with the load generator (${fixed((worst.c?.clientCpuShare ?? 0) * 100, 0)}%) and whatever else runs (load average ${fixed(r.meta.machine.loadAverage[0] ?? 0, 2)} at the start). Under 10 ms at 64 connections needs more than ${int(top / 0.01)} req/s of mean throughput (Little's law), so a request under about ${fixed(1e6 / (top / 0.01), 0)} µs of CPU on one workerd thread, or more threads (workerd instances) than this machine's cores allow.`;
  }
  return { name, goal, measured, met, bound };
}

function parseTarget(r: BenchResults): TargetResult {
  const name = 'Parse and audit throughput';
  const goal = '>= 50 MB/s at every corpus size (beside the decode-and-split floor of the same bytes)';
  const rows = r.throughput.flatMap((row) => (row.ok ? [{ scale: row.scale, t: row.value }] : []));
  if (rows.length === 0) {
    const error = r.throughput.find((row) => !row.ok);
    return {
      name,
      goal,
      measured: 'not measured',
      met: null,
      bound: error && !error.ok ? error.error : null,
    };
  }
  const worst = rows.reduce((a, b) => (b.t.parseAudit.mbPerSecond < a.t.parseAudit.mbPerSecond ? b : a));
  const best = rows.reduce((a, b) => (b.t.parseAudit.mbPerSecond > a.t.parseAudit.mbPerSecond ? b : a));
  const floorRatio = (t: ThroughputResult) => fixed(t.floor.mbPerSecond / t.parseAudit.mbPerSecond, 1);
  const measured = `${fixed(worst.t.parseAudit.mbPerSecond)} MB/s at ${worst.scale}, 1/${floorRatio(worst.t)} of the floor (best ${fixed(best.t.parseAudit.mbPerSecond)} MB/s at ${best.scale}, 1/${floorRatio(best.t)})`;
  const met = worst.t.parseAudit.mbPerSecond >= 50;
  const auditShare = 1 - worst.t.parse.passMs / worst.t.parseAudit.passMs;
  const profile = worst.t.profile;
  const where = profile
    ? ` Profiled, parse + audit spends its time in ${profile.areas
        .slice(0, 4)
        .map((a) => `${a.name} ${fixed(a.share * 100, 0)}%`)
        .join(
          ', ',
        )}; the top function is \`${profile.functions[0]?.name ?? 'n/a'}\` (${fixed((profile.functions[0]?.share ?? 0) * 100, 0)}%).`
    : '';
  const bound = met
    ? null
    : `At ${worst.scale} the floor (decode + split lines) runs at ${fixed(worst.t.floor.mbPerSecond)} MB/s, parsing alone at ${fixed(worst.t.parse.mbPerSecond)} MB/s, and the audit takes ${fixed(auditShare * 100, 0)}% of parse + audit time.${where} Reaching 50 MB/s means about ${fixed(50 / worst.t.parseAudit.mbPerSecond, 1)}x less work per byte in the core (packages/core): 50 MB/s is 1/${fixed(worst.t.floor.mbPerSecond / 50, 1)} of this run's floor.`;
  return { name, goal, measured, met, bound };
}

/** The start-up target's limit, CPU of the Worker's global scope in ms. */
export const STARTUP_LIMIT_MS = 10;

function startupTarget(r: BenchResults): TargetResult {
  const name = 'Worker start-up at seed scale';
  const goal = `< ${STARTUP_LIMIT_MS} ms of CPU: \`wrangler check startup\` on apps/edge-api over the shipped data (the Worker's global scope under V8's profiler in local workerd, its Active figure), median of the runs, with the bundle it measured`;
  const row = r.bundles.find((b) => b.scale === 'seed');
  const wall = row?.ok && row.value.startup && !('error' in row.value.startup) ? row.value.startup : null;
  const wallText = wall
    ? `; spawn to first response ${ms(wall.scriptAttributableMs)} over an empty Worker, a cold first lookup ${ms(wall.attributableMs)}`
    : '';
  const check = r.checkStartup;
  if (!check || 'error' in check)
    return {
      name,
      goal,
      measured: 'not measured',
      met: null,
      bound: check && 'error' in check ? check.error : null,
    };
  const size =
    check.rawBytes !== null && check.gzipBytes !== null
      ? `bundle ${bytes(check.rawBytes)} (${bytes(check.gzipBytes)} gzip)`
      : 'bundle size not printed';
  const runs = [...check.activeMs].sort((a, b) => a - b);
  const measured = `${ms(check.medianMs)} (median of ${check.runs}: ${runs.map((x) => fixed(x, 1)).join(', ')} ms); ${size}${wallText}`;
  const met = check.medianMs < STARTUP_LIMIT_MS;
  const line = r.limits.find((l) => l.basis === 'startup' && Number.isFinite(l.intercept));
  // The slope, not the intercept: small bundles' start-up varies from run to run by more than their
  // data costs, which can put the line's intercept below zero.
  const contests = row?.contests ?? 4;
  const dataMs = line ? line.slope * contests : Number.NaN;
  const split = line
    ? ` A line through every measured bundle gives ${fixed(line.slope * 1000, 0)} µs of script start-up (wall clock) per contest: about ${ms(dataMs)} for the seed's ${contests} contests, so at seed scale the code, more than the data, is what costs.`
    : '';
  const bound = met
    ? null
    : `The Worker's global scope takes ${ms(check.medianMs)} of CPU with a ${size}: V8 compiling the script (workerd compiles every module of a Worker at start-up, imported yet or not) and the top-level code of the modules not deferred to first use. One run's profile holds a few samples of about 1 ms, so single runs are coarse and other load on the machine lengthens them.${split} Under ${STARTUP_LIMIT_MS} ms needs a smaller script.`;
  return { name, goal, measured, met, bound };
}

/** Whether a distinct-ids cell reached the app every time: the replay cache held fewer answers than the ids cycled. */
export function missedReplays(d: DistinctLookup | null | undefined): boolean | null {
  if (!d?.result || d.replayEntries === null) return null;
  return d.replayEntries < d.ids;
}

const SIZE_LIMIT = WORKER_LIMITS.find((l) => l.basis === 'raw') as LimitSpec;

/** Whether the bundled Worker of a corpus fits the Worker size limit; null when it was not built. */
export function withinBundleLimit(r: BenchResults, scale: string): boolean | null {
  const bundle = r.bundles.find((b) => b.scale === scale);
  return bundle?.ok ? bundle.value.rawBytes <= SIZE_LIMIT.limit : null;
}

const STORE_LABEL: Record<LookupStore, string> = { bundled: 'bundled', d1: 'D1' };
const distinctCpu = (x: LookupScaleRow) => cpu(x.distinct?.result ?? null);
const measuredDistinct = (x: LookupScaleRow) => x.contests !== null && Number.isFinite(distinctCpu(x));
const contestsOf = (x: LookupScaleRow) => int(x.contests ?? 0);

/**
 * The rows the target is judged on, one per corpus: the bundled Worker's while its bundle fits the Worker
 * size limit, the D1 Worker's past it (or where the bundled one could not be measured).
 */
export function flatRows(r: BenchResults): LookupScaleRow[] {
  const scales = [...new Set(r.lookupScale.map((x) => x.scale))];
  const rows = scales.flatMap((scale) => {
    const bundled = r.lookupScale.find((x) => x.scale === scale && x.store === 'bundled');
    const d1 = r.lookupScale.find((x) => x.scale === scale && x.store === 'd1');
    if (bundled && withinBundleLimit(r, scale) === true && measuredDistinct(bundled)) return [bundled];
    if (d1 && measuredDistinct(d1)) return [d1];
    return [];
  });
  return rows.sort((a, b) => (a.contests ?? 0) - (b.contests ?? 0));
}

/** Each store's baseline: its smallest corpus whose distinct-id lookups missed the replay cache. */
function baselines(r: BenchResults): Map<LookupStore, LookupScaleRow> {
  const out = new Map<LookupStore, LookupScaleRow>();
  const sorted = [...r.lookupScale].sort((a, b) => (a.contests ?? 0) - (b.contests ?? 0));
  for (const x of sorted)
    if (!out.has(x.store) && measuredDistinct(x) && missedReplays(x.distinct) === true) out.set(x.store, x);
  return out;
}

function growthBound(r: BenchResults, worst: LookupScaleRow, base: LookupScaleRow): string {
  const store = worst.store === 'd1' ? 'Over D1' : 'With the bundled data';
  const d = (pick: (x: LookupScaleRow) => CellResult | null | undefined) =>
    `${fixed(cpu(pick(base) ?? null), 0)} to ${fixed(cpu(pick(worst) ?? null), 0)} µs`;
  const sys = (x: LookupScaleRow) => x.distinct?.result?.serverSystemCpuUsPerRequest ?? Number.NaN;
  const grew = distinctCpu(worst) - distinctCpu(base);
  const sysGrew = sys(worst) - sys(base);
  const bytesOf = (x: LookupScaleRow) => x.distinct?.result?.bytesPerResponse ?? Number.NaN;
  const db = (x: LookupScaleRow) =>
    r.d1.databases.find((b) => b.scale === x.scale && b.ok && b.value.databaseBytes !== null);
  const dbSize = (x: LookupScaleRow) => {
    const row = db(x);
    return row?.ok && row.value.databaseBytes !== null ? bytes(row.value.databaseBytes) : null;
  };
  const parts = [
    `${store}, server CPU per distinct-id lookup grows from ${fixed(distinctCpu(base), 0)} µs at ${contestsOf(base)} contests to ${fixed(distinctCpu(worst), 0)} µs at ${contestsOf(worst)} (${ratio(distinctCpu(worst) / distinctCpu(base))}, +${fixed(grew, 0)} µs).`,
    `In the same processes the floor went from ${d((x) => x.floor)}${worst.store === 'd1' ? ` and one D1 round trip (\`SELECT 1\`) from ${d((x) => x.d1RoundTrip)}` : ''}, and a replayed lookup of one id from ${d((x) => x.lookup)}.`,
  ];
  const kernel = `system CPU, ${fixed(sys(base), 0)} to ${fixed(sys(worst), 0)} µs: sockets${worst.store === 'd1' ? ', and reading the database file where SQLite does not hold its pages' : ''}`;
  const user = `the Worker's JavaScript${worst.store === 'd1' ? ', local D1 and SQLite' : ''}`;
  if (Number.isFinite(sysGrew))
    parts.push(
      sysGrew > 0
        ? `Of the +${fixed(grew, 0)} µs, ${fixed(sysGrew, 0)} µs is kernel time (${kernel}) and ${fixed(grew - sysGrew, 0)} µs user time (${user}).`
        : `Kernel time did not grow (${kernel}): all of it is user time (${user}).`,
    );
  if (Number.isFinite(bytesOf(base)) && Number.isFinite(bytesOf(worst)))
    parts.push(
      `The mean response goes from ${int(bytesOf(base))} to ${int(bytesOf(worst))} bytes${dbSize(base) && dbSize(worst) ? `, the database from ${dbSize(base)} to ${dbSize(worst)}` : ''}.`,
    );
  return parts.join(' ');
}

function flatTarget(r: BenchResults): TargetResult {
  const name = 'Lookup cost against data size';
  const goal =
    'flat from 4 to 100,000 contests: server CPU per lookup, cycling through distinct ids (each request reaching the store, past the replay cache), within 10% of the smallest corpus of the same store (CPU per request, unlike req/s, does not move with other load on the machine)';
  const rows = flatRows(r);
  const base = baselines(r);
  const judged = rows.filter((x) => missedReplays(x.distinct) === true && base.has(x.store));
  const replayed = rows.filter((x) => missedReplays(x.distinct) === false);
  const replayNote = replayed.length
    ? `; at ${replayed.map(contestsOf).join(' and ')} contests every id fits the replay cache, so those lookups are replays and not judged`
    : '';
  if (judged.length === 0) {
    return {
      name,
      goal,
      measured: 'not measured',
      met: null,
      bound:
        r.lookupScale.find((x) => x.error)?.error ??
        (replayed.length ? `Every measured corpus fits the replay cache${replayNote}.` : null),
    };
  }
  const rel = (x: LookupScaleRow) => distinctCpu(x) / distinctCpu(base.get(x.store) as LookupScaleRow);
  const measured = `${judged
    .map((x) => {
      const b = base.get(x.store) as LookupScaleRow;
      const against =
        b === x
          ? ''
          : ` (${ratio(rel(x))} of ${STORE_LABEL[b.store]} at ${contestsOf(b)}, ${fixed(distinctCpu(b), 0)} µs)`;
      return `${STORE_LABEL[x.store]} ${contestsOf(x)}: ${fixed(distinctCpu(x), 0)} µs${against}`;
    })
    .join(
      '; ',
    )} (server CPU per distinct-id lookup; bundled where the bundle fits 64 MiB, D1 past it${replayNote})`;
  const flat = judged.every((x) => rel(x) <= 1.1);
  const largest = Math.max(...judged.map((x) => x.contests ?? 0));
  const reached = largest >= 100_000;
  if (flat && reached) return { name, goal, measured, met: true, bound: null };
  const worst = judged.reduce((a, b) => (rel(b) > rel(a) ? b : a));
  const missing = r.lookupScale.find((x) => x.error && (x.contests ?? 0) > largest);
  const failedBuild = r.dataBuild.find((x) => !x.ok);
  const limit = r.limits.find((l) => l.basis === 'raw' && l.estimatedMaxContests !== null);
  const bound = [
    !flat ? growthBound(r, worst, base.get(worst.store) as LookupScaleRow) : null,
    !reached
      ? `Measured only up to ${int(largest)} contests${missing ? ` (${missing.scale}, ${STORE_LABEL[missing.store]}: ${(missing.error ?? '').slice(0, 300)})` : r.meta.quick ? ' (quick run)' : ''}; \`--sizes 10,1000,10000,100000\` measures 100,000.`
      : null,
    failedBuild && !failedBuild.ok
      ? `The data build failed at ${failedBuild.scale} documents: ${failedBuild.error.slice(0, 300)}.`
      : null,
    limit && !reached
      ? `Bundled data passes the ${limit.name} limit at about ${int(limit.estimatedMaxContests ?? 0)} contests; past that the rows are the D1 Worker's.`
      : null,
  ]
    .filter(Boolean)
    .join(' ');
  return { name, goal, measured, met: flat ? null : false, bound };
}

/** Growth of parse + audit time with document size above which the target calls it more than linear. */
export const LINEAR_EXPONENT_LIMIT = 1.1;
/** The smallest document size the fit reads: below it, per-document fixed costs dominate. */
export const SCALING_FIT_FROM = 2 ** 18;

export type ScalingExponent = {
  shape: string;
  /** k in time ~ bytes^k for the parser's and the audit's own work (garbage collection left out), from SCALING_FIT_FROM. */
  exponent: number;
  /** The same with garbage collection counted. */
  withGc: number;
};

export function scalingExponents(scaling: ScalingResult): ScalingExponent[] {
  return scaling.map(({ shape, points }) => {
    const fitted = points.filter((p) => p.bytes >= SCALING_FIT_FROM);
    return {
      shape,
      exponent: powerLawExponent(fitted.map((p) => ({ x: p.bytes, y: p.workMs ?? p.ms }))),
      withGc: powerLawExponent(fitted.map((p) => ({ x: p.bytes, y: p.ms }))),
    };
  });
}

function scalingTarget(r: BenchResults): TargetResult {
  const name = 'Parse time against document size';
  const goal = `linear (issues 7 and 13): for each shape of document, the parser's and the audit's work grows as size^k with k <= ${LINEAR_EXPONENT_LIMIT}, fitted from ${bytes(SCALING_FIT_FROM)} to the largest size (garbage collection reported beside it)`;
  if (!r.scaling) return { name, goal, measured: 'not measured', met: null, bound: null };
  if ('error' in r.scaling)
    return { name, goal, measured: 'not measured', met: null, bound: r.scaling.error };
  const scaling = r.scaling;
  const exponents = scalingExponents(scaling);
  const span = (shape: string) => {
    const points = (scaling.find((s) => s.shape === shape)?.points ?? []).filter(
      (p) => p.bytes >= SCALING_FIT_FROM,
    );
    const first = points[0];
    const last = points[points.length - 1];
    const work = (p: { ms: number; workMs?: number }) => ms(p.workMs ?? p.ms);
    return first && last
      ? `${bytes(first.bytes)} in ${work(first)} to ${bytes(last.bytes)} in ${work(last)}`
      : 'n/a';
  };
  const measured = exponents
    .map(
      (e) =>
        `${e.shape} k = ${fixed(e.exponent, 2)} (${span(e.shape)}; ${fixed(e.withGc, 2)} with garbage collection)`,
    )
    .join('; ');
  const valid = exponents.length > 0 && exponents.every((e) => Number.isFinite(e.exponent));
  const worst = exponents.reduce(
    (a, b) => (b.exponent > a.exponent ? b : a),
    exponents[0] ?? { shape: '', exponent: Number.NaN, withGc: Number.NaN },
  );
  const met = valid ? worst.exponent <= LINEAR_EXPONENT_LIMIT : null;
  const bound =
    met === false
      ? `Documents that grow by ${worst.shape} take time as size^${fixed(worst.exponent, 2)}, garbage collection aside: some step of the parse or the audit does work per line or per row that grows with the document (a scan of everything read so far, or a string rebuilt whole), or this machine's other load moved the largest sizes (each point is the fastest of its runs). Profile \`node src/steps/scaling.ts\` on that shape to tell; the fix for a scan is an index or a single pass.`
      : null;
  return { name, goal, measured, met, bound };
}

/** Peak memory of one document, as a multiple of the document's size, above which the target is missed. */
export const MEMORY_LIMIT_RATIO = 16;

function memoryTarget(r: BenchResults): TargetResult {
  const name = 'Peak memory of a 4 MiB document';
  const goal = `<= ${MEMORY_LIMIT_RATIO}x the document's size for every shape: V8's heap used and array buffers while the document (as UTF-8 bytes) is made, parsed and audited, less the process's before it, sampled before and after every collection, every one a full one (so a Worker of 128 MB can parse and audit one)`;
  const rows = r.memory ?? [];
  const done = rows.flatMap((row) => (row.ok ? [row.value] : []));
  if (done.length === 0) {
    const failed = rows.find((row) => !row.ok);
    return {
      name,
      goal,
      measured: 'not measured',
      met: null,
      bound: failed && !failed.ok ? failed.error : null,
    };
  }
  const x = (v: number, of: number) => `${fixed(v / of, 1)}x`;
  const measured = done
    .map((p) => `${p.shape} ${bytes(p.peakBytes)} (${x(p.peakBytes, p.bytes)} of ${bytes(p.bytes)})`)
    .join('; ');
  const over = done.filter((p) => p.peakBytes > MEMORY_LIMIT_RATIO * p.bytes);
  const met = done.length < rows.length ? (over.length > 0 ? false : null) : over.length === 0;
  const bound =
    over.length === 0
      ? null
      : over
          .map((p) => {
            const held = `the contest and its findings alone, held after the audit, are ${bytes(p.retainedBytes)} (${x(p.retainedBytes, p.bytes)})`;
            const outcome = p.outcome.ok
              ? ` for ${int(p.outcome.rows)} rows and ${int(p.outcome.findings)} findings`
              : '';
            return `${p.shape}: ${held}${outcome}, so the peak is bounded by what the parse and the audit give back${p.retainedBytes > MEMORY_LIMIT_RATIO * p.bytes ? ', which is over the limit by itself' : `; the rest, ${bytes(p.peakBytes - p.retainedBytes)}, is working memory`}.`;
          })
          .join(' ');
  return { name, goal, measured, met, bound };
}

/** The issue's targets, judged from one run's figures. */
export function evaluateTargets(r: BenchResults): TargetResult[] {
  return [
    lookupAgainst(r, 'floor', 0.9),
    lookupAgainst(r, 'json-server', 3),
    p99Target(r),
    parseTarget(r),
    startupTarget(r),
    flatTarget(r),
    scalingTarget(r),
    memoryTarget(r),
  ];
}
