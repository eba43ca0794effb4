import { markdownTable } from '@tally/harness/markdown-table';
import { DEFAULT_CELL_SECONDS, DEFAULT_SIZES } from './defaults.ts';
import { bytes, fixed, int, ms, ratio } from './format.ts';
import { largestFileGrowth, MAX_STRING_LENGTH } from './growth.ts';
import { DISTINCT_IDS } from './http/distinct-ids.ts';
import type { LimitEstimate } from './limits.ts';
import type {
  BenchResults,
  D1AccessPath,
  DistinctLookup,
  HttpMatrix,
  LookupScaleRow,
  Row,
  ScenarioName,
} from './results.ts';
import type { CellResult } from './steps/load-cell.ts';
import { SCALING_SEMI_SPACE_MIB, type ScalingResult } from './steps/scaling.ts';
import {
  cell,
  missedReplays,
  SCALING_FIT_FROM,
  scalingExponents,
  type TargetResult,
  withinBundleLimit,
} from './targets.ts';

const SCENARIO_LABEL: Record<ScenarioName, string> = {
  lookup: 'contest lookup',
  tally: 'tally',
  search: 'search',
  revalidate: '304 revalidation',
};

export function scaleLabel(scale: string, contests: number | null): string {
  if (scale === 'seed') return `seed (${contests ?? 4})`;
  return int(Number(scale));
}

function rowCells<T>(row: Row<T>, render: (v: T) => string[], width: number): string[] {
  const head = scaleLabel(row.scale, row.contests);
  if (row.ok) return [head, ...render(row.value)];
  return [head, `failed: ${row.error.replace(/\s+/g, ' ').slice(0, 240)}`, ...Array(width - 1).fill('')];
}

const latency = (c: CellResult | null) => (c ? `${fixed(c.p50Ms, 2)} / ${fixed(c.p99Ms, 2)}` : 'n/a');
const rps = (c: CellResult | null) => (c ? int(c.rps) : 'n/a');
const cpu = (c: CellResult | null) =>
  c?.serverCpuUsPerRequest == null ? 'n/a' : fixed(c.serverCpuUsPerRequest, 0);

function matrixTable(m: HttpMatrix, connections: number[]): string {
  const rows: string[][] = [];
  for (const c of connections) {
    const floor = cell(m, 'floor', 'floor', c);
    rows.push([String(c), 'floor (constant route)', rps(floor), '', '', latency(floor), '', cpu(floor), '']);
    const sized = cell(m, 'floor-sized', 'floor', c);
    if (sized)
      rows.push([
        String(c),
        "floor, lookup-sized (the lookup's answer as a constant)",
        rps(sized),
        '',
        floor ? ratio(sized.rps / floor.rps) : 'n/a',
        latency(sized),
        '',
        cpu(sized),
        '',
      ]);
    for (const s of ['lookup', 'tally', 'search', 'revalidate'] as const) {
      const w = cell(m, s, 'worker', c);
      const j = cell(m, s, 'json-server', c);
      rows.push([
        String(c),
        SCENARIO_LABEL[s],
        rps(w),
        rps(j),
        w && floor ? ratio(w.rps / floor.rps) : 'n/a',
        latency(w),
        latency(j),
        cpu(w),
        w && j ? ratio(w.rps / j.rps) : 'n/a',
      ]);
    }
  }
  return markdownTable(
    [
      'conns',
      'request',
      'Worker req/s',
      'json-server req/s',
      'Worker / floor',
      'Worker p50 / p99 ms',
      'json-server p50 / p99 ms',
      'Worker CPU µs/req',
      'Worker / json-server',
    ],
    rows,
  );
}

function problems(m: HttpMatrix): string[] {
  return m.cells
    .filter(
      (c) =>
        c.error ||
        c.unexpected > 0 ||
        (c.result && (c.result.errors > 0 || c.result.timeouts > 0 || c.result.requests === 0)),
    )
    .map(
      (c) =>
        `- ${c.target} ${c.scenario} at ${c.connections} connections (${c.path}): ${c.error ?? `${int(c.result?.requests ?? 0)} responses, ${c.unexpected} with an unexpected status ${JSON.stringify(c.result?.statuses)}, ${c.result?.errors ?? 0} errors, ${c.result?.timeouts ?? 0} timeouts (10 s)`}`,
    );
}

/** How the data build's largest file grows, and where it stops fitting in one string. */
function growthLines(r: BenchResults): string[] {
  const g = largestFileGrowth(r.dataBuild);
  if (!g) return [];
  const sizes = g.points.map((p) => `${bytes(p.bytes)} at ${int(p.contests)}`).join(', ');
  const limit =
    g.stringLimitAt === null
      ? ''
      : ` The build writes each file as one string, and V8's strings stop at ${bytes(MAX_STRING_LENGTH)}: at that rate ${g.file} reaches it at about **${int(g.stringLimitAt)} contests**.`;
  return [
    `The largest file, ${g.file}, grows as contests^${fixed(g.exponent, 2)} between the two largest corpora built (${sizes} contests).${limit}`,
    '',
  ];
}

const limitValue = (basis: LimitEstimate['basis'], v: number) => (basis === 'startup' ? ms(v) : bytes(v));

/** Where the bundled data meets each Workers limit: a line through the measured bundles, and the measured sizes on either side. */
function limitsSection(r: BenchResults): string[] {
  if (r.limits.length === 0) return [];
  const point = (l: LimitEstimate, p: LimitEstimate['below']) =>
    p ? `${int(p.contests)} (${limitValue(l.basis, p.value)})` : 'none measured';
  return [
    '### Where bundled data stops fitting a Worker',
    '',
    'For each limit, a least-squares line through every measured bundle (x: contests, y: the measured figure) and where it reaches the limit, beside the largest measured corpus within the limit and the smallest past it. Past the limit the API reads the same data from D1 (issue 6); add sizes with `--sizes` to measure on both sides of an estimate.',
    '',
    markdownTable(
      [
        'limit',
        'measured figure',
        'per contest',
        'at 0 contests',
        'reached at about',
        'largest within',
        'smallest past',
      ],
      r.limits.map((l) => [
        l.name,
        l.basis === 'raw' ? 'bundle size' : l.basis === 'gzip' ? 'bundle gzip' : 'script start-up',
        Number.isFinite(l.slope)
          ? l.basis === 'startup'
            ? `${fixed(l.slope * 1000, 2)} µs`
            : `${int(l.slope)} B`
          : 'n/a',
        Number.isFinite(l.intercept) ? limitValue(l.basis, l.intercept) : 'n/a',
        l.estimatedMaxContests === null ? 'n/a' : `**${int(l.estimatedMaxContests)} contests**`,
        point(l, l.below),
        point(l, l.above),
      ]),
    ),
    '',
    ...r.limits.map((l) => `- ${l.name}: ${l.source}.`),
    '',
  ];
}

const cpuUs = (c: CellResult | null) => c?.serverCpuUsPerRequest ?? Number.NaN;
const cpuList = (cells: (CellResult | null | undefined)[]) => cells.map((c) => cpu(c ?? null)).join(' / ');

/** What the replay cache held after a distinct-ids cell, and what that means for the cell. */
export function replayVerdict(d: DistinctLookup | null): string {
  if (!d?.result || d.replayEntries === null) return 'n/a';
  const held = `${int(d.replayEntries)} held (${bytes(d.replayBytes ?? 0)})`;
  return missedReplays(d) ? `${held}: every request missed` : `${held}: all ${int(d.ids)} replayed`;
}

function storeLabel(r: BenchResults, x: LookupScaleRow): string {
  if (x.store === 'd1') return 'D1';
  return withinBundleLimit(r, x.scale) === false ? 'bundled, past 64 MiB' : 'bundled';
}

function lookupScaleSection(r: BenchResults): string[] {
  const order = new Map(r.corpus.map((c, i) => [c.scale, i]));
  const rows = [...r.lookupScale].sort(
    (a, b) =>
      (order.get(a.scale) ?? 0) - (order.get(b.scale) ?? 0) ||
      (a.contests ?? 0) - (b.contests ?? 0) ||
      (a.store === b.store ? 0 : a.store === 'bundled' ? -1 : 1),
  );
  const connections = rows[0]?.connections ?? Math.max(...r.meta.connections);
  const bad = rows.filter(
    (x) => x.distinct && (x.distinct.unexpected > 0 || (x.distinct.result?.errors ?? 0) > 0),
  );
  return [
    '### Lookup against the number of contests',
    '',
    `At ${connections} connections, in one Worker process per row: the floor, a lookup of one id again and again (after its first answer the Worker's replay cache sends it without running the app: the hot path) and lookups cycling through distinct ids (up to ${int(DISTINCT_IDS)}, spread over the corpus, request k of the cell to id k mod n across all connections; the miss path when the replay cache, 8 MB of answers, holds fewer of them than there are ids, which \`/__replays\` reports after the cell: each request then reaches the store, the in-memory maps or a D1 query, and serialises its body). The D1 rows are the D1 Worker's (above); the target takes the bundled rows while the bundle fits 64 MiB and the D1 rows past it, each against the smallest corpus of its store whose distinct-id lookups missed the cache.`,
    '',
    markdownTable(
      [
        'contests',
        'store',
        'ids cycled',
        'replay cache after',
        'one id req/s',
        'distinct ids req/s',
        'floor req/s',
        'one id p50 / p99 ms',
        'distinct ids p50 / p99 ms',
        'CPU µs/req: one id / distinct ids / floor',
      ],
      rows.map((x) =>
        x.error && !x.distinct?.result
          ? [
              scaleLabel(x.scale, x.contests),
              storeLabel(r, x),
              `not measured: ${x.error.replace(/\s+/g, ' ').slice(0, 160)}`,
              ...Array(7).fill(''),
            ]
          : [
              x.contests === null ? 'n/a' : int(x.contests),
              storeLabel(r, x),
              x.distinct ? int(x.distinct.ids) : 'n/a',
              replayVerdict(x.distinct),
              rps(x.lookup),
              rps(x.distinct?.result ?? null),
              rps(x.floor),
              latency(x.lookup),
              latency(x.distinct?.result ?? null),
              cpuList([x.lookup, x.distinct?.result, x.floor]),
            ],
      ),
    ),
    '',
    ...(bad.length
      ? [
          'Distinct-id cells with errors or unexpected statuses:',
          '',
          ...bad.map(
            (x) =>
              `- ${scaleLabel(x.scale, x.contests)} ${storeLabel(r, x)}: ${x.distinct?.unexpected ?? 0} responses not 200 ${JSON.stringify(x.distinct?.result?.statuses)}, ${x.distinct?.result?.errors ?? 0} errors`,
          ),
          '',
        ]
      : []),
  ];
}

/** What the D1 section reads of a run. */
export type D1View = Pick<BenchResults, 'd1' | 'lookupScale'> & {
  meta: Pick<BenchResults['meta'], 'versions'>;
};

function accessLines(r: D1View): string[] {
  const a = r.d1.access;
  if (!a) return [];
  const owner = (p: D1AccessPath) =>
    p.owner
      ? `${p.owner.command} (pid ${p.owner.pid})`
      : p.error
        ? `failed: ${p.error.slice(0, 80)}`
        : 'not found';
  const host = (c: CellResult | null) =>
    c?.hostCpuUsPerRequest == null ? 'n/a' : fixed(c.hostCpuUsPerRequest, 1);
  const plain = a.plain.floor;
  const entry = a.entry.floor;
  const direct = a.direct.floor;
  const lines = [
    markdownTable(
      [
        'path to the D1 Worker',
        'socket held by',
        'floor req/s',
        'floor p50 / p99 ms',
        'workerd CPU µs/req',
        "miniflare's Node CPU µs/req",
      ],
      [
        [
          '`workerd serve`, own capnp config, same bundle (no D1 binding)',
          'workerd',
          rps(plain),
          latency(plain),
          cpu(plain),
          '',
        ],
        [
          'miniflare, direct socket (`unsafeDirectSockets`): the D1 cells',
          owner(a.direct),
          rps(direct),
          latency(direct),
          cpu(direct),
          host(direct),
        ],
        [
          "miniflare, `await mf.ready`'s URL (its entry Worker first)",
          owner(a.entry),
          rps(entry),
          latency(entry),
          cpu(entry),
          host(entry),
        ],
      ],
    ),
    '',
  ];
  const workerdHolds = a.entry.owner?.command === 'workerd' && a.direct.owner?.command === 'workerd';
  if (entry && direct && plain) {
    lines.push(
      `${workerdHolds ? `Both sockets belong to workerd (pid ${a.workerdPid}), not to miniflare's Node process (pid ${a.hostPid}), which spent ${host(entry)} µs of CPU per request while the entry socket was under load: requests reach workerd directly, through no Node proxy.` : `The sockets' owners: entry ${owner(a.entry)}, direct ${owner(a.direct)}.`} The entry socket still runs miniflare's entry Worker (in the same workerd) before the D1 Worker, which costs ${fixed(cpuUs(entry) - cpuUs(direct), 0)} µs of CPU per request more than the direct socket (${ratio(entry.rps / direct.rps)} of its req/s); the direct socket's floor is ${ratio(direct.rps / plain.rps)} of plain \`workerd serve\`'s req/s at ${ratio(cpuUs(direct) / cpuUs(plain))} its CPU per request, so the D1 cells use it.`,
      '',
    );
  }
  return lines;
}

/** The D1 Worker's section: how requests reach it, each corpus's database, and its lookups against the floor. */
export function d1Section(r: D1View): string[] {
  const b = r.d1.bundle;
  if (!b && r.d1.databases.length === 0) return [];
  const bundle = !b
    ? 'not built'
    : 'error' in b
      ? `failed: ${b.error.slice(0, 200)}`
      : `${bytes(b.rawBytes)} (${bytes(b.gzipBytes)} gzip)`;
  const lookups = (scale: string) => r.lookupScale.find((x) => x.scale === scale && x.store === 'd1');
  const version = r.meta.versions.miniflare ? ` ${r.meta.versions.miniflare}` : '';
  return [
    "### The D1 Worker (miniflare's local D1)",
    '',
    `\`wrangler deploy --dry-run --env d1\` bundles a bench entry (apps/edge-api's \`src/d1-worker.ts\` plus \`/__floor\` and \`/__d1-floor\`, one \`SELECT 1\` through the binding): ${bundle}, one bundle for every corpus. For each corpus a fresh local D1 database is loaded from its data build's \`d1/*.sql\` (each file in one \`exec\`, as the edge API's D1 tests load it) by miniflare${version} (wrangler's), which runs workerd with its D1: a Durable Object over SQLite inside the same workerd process, so the server CPU below is the D1 Worker's and local D1's together (its entry Worker's parsing and the query), part of which runs on D1's side on Cloudflare; the D1 round trip shows what reaching the database costs apart from the query. Load time is from the first statement sent to the last one done; the database size is D1's own (\`meta.size_after\`); the first lookup is the first request for a contest after start-up (the app's modules, and the manifest read from D1).`,
    '',
    ...accessLines(r),
    markdownTable(
      [
        'corpus',
        'contests',
        'SQL files',
        'SQL',
        'statements',
        'load time',
        'database size',
        'start (Node, miniflare, workerd)',
        'first lookup',
        'workerd memory',
      ],
      r.d1.databases.map((row) =>
        rowCells(
          row,
          (d) => [
            row.contests === null ? 'n/a' : int(row.contests),
            int(d.files),
            bytes(d.sqlBytes),
            int(d.statements),
            ms(d.loadMs),
            d.databaseBytes === null ? 'n/a' : bytes(d.databaseBytes),
            ms(d.startMs),
            d.firstLookupMs === null ? 'n/a' : ms(d.firstLookupMs),
            d.rssBytes === null ? 'n/a' : bytes(d.rssBytes),
          ],
          9,
        ),
      ),
    ),
    '',
    markdownTable(
      [
        'corpus',
        'floor req/s',
        'D1 round trip req/s',
        'one id req/s',
        'distinct ids req/s',
        'one id p50 / p99 ms',
        'distinct ids p50 / p99 ms',
        'CPU µs/req: floor / D1 round trip / one id / distinct ids',
        'of which kernel, distinct ids',
      ],
      r.d1.databases.flatMap((row) => {
        const x = lookups(row.scale);
        if (!row.ok || !x) return [];
        const d = x.distinct?.result ?? null;
        return [
          [
            scaleLabel(row.scale, row.contests),
            rps(x.floor),
            rps(x.d1RoundTrip ?? null),
            rps(x.lookup),
            rps(d),
            latency(x.lookup),
            latency(d),
            cpuList([x.floor, x.d1RoundTrip, x.lookup, d]),
            d?.serverSystemCpuUsPerRequest == null ? 'n/a' : fixed(d.serverSystemCpuUsPerRequest, 0),
          ],
        ];
      }),
    ),
    '',
  ];
}

/** Parse + audit time of one document against its size, shape by shape. */
function scalingSection(r: BenchResults): string[] {
  if (!r.scaling) return [];
  const head = [
    '## Parse time against document size',
    '',
    `One document of the seed family, grown in one direction at a time (\`packages/corpus/src/scaling-documents.ts\`): \`rows\`, a results table of ever more candidates; \`prose\`, paragraphs of sentences stating shares, counts, delegates and a threshold, which the audit checks against the table; \`tables\`, county tables after the results, each with its Total row; \`long line\`, one paragraph with no line break. In a fresh Node process with a young generation of ${SCALING_SEMI_SPACE_MIB} MiB (\`--max-semi-space-size\`), each size is parsed and audited once untimed, then all sizes in rounds (each round runs each size once, so a slow spell of the machine falls on all of them) for at least 3 s a size (200 ms with \`--quick\`) and five rounds. Each cell gives the parser's and the audit's own work in the fastest run (other load only adds time), that is its time less the garbage collection V8 reported inside it (\`gc\` performance entries), then that collection; k is the slope of log(time) against log(size) from ${bytes(SCALING_FIT_FROM)} up (1 is linear, 2 quadratic), for the work and with the collection counted.`,
    '',
  ];
  if ('error' in r.scaling) return [...head, `Failed: ${r.scaling.error}`, ''];
  const sizes = r.scaling[0]?.points.map((p) => p.bytes) ?? [];
  const exponents = new Map(scalingExponents(r.scaling).map((e) => [e.shape, e]));
  const outcome = (o: ScalingResult[number]['points'][number]['outcome'] | undefined) =>
    !o ? 'n/a' : o.ok ? `${int(o.rows)} rows, ${int(o.findings)} findings` : `error ${o.code}`;
  return [
    ...head,
    markdownTable(
      ['shape', ...sizes.map((b) => `${bytes(b)}`), 'k', 'k with gc', 'at the largest size'],
      r.scaling.map(({ shape, points }) => [
        shape,
        ...points.map((p) => `${ms(p.workMs ?? p.ms)} + ${ms(p.gcMs ?? 0)} gc`),
        fixed(exponents.get(shape)?.exponent ?? Number.NaN, 2),
        fixed(exponents.get(shape)?.withGc ?? Number.NaN, 2),
        outcome(points[points.length - 1]?.outcome),
      ]),
    ),
    '',
  ];
}

/** BENCHMARKS.md: machine, versions, how to reproduce, the targets and every figure of the run. */
export function renderReport(r: BenchResults, targets: TargetResult[]): string {
  const m = r.meta;
  const out: string[] = [];
  out.push(
    '# Benchmarks',
    '',
    `Written by \`${m.command}\` (tools/bench) on ${m.date}, in ${int(m.totalSeconds)} s.${m.quick ? ' **Quick run**: short cells and small corpora; run the default bench for figures to quote.' : ''}`,
    '',
    `Reproduce: \`${m.command}\` at the repository root. \`npm run bench\` alone uses corpora of ${DEFAULT_SIZES.map(int).join(', ')} documents and ${DEFAULT_CELL_SECONDS} s load cells; \`npm run bench -- --sizes 10,1000,10000,100000\` adds 100,000 documents; \`--quick\` is a smoke run; \`--seconds N\` sets the cell length. Run it on a quiet machine: the load generator, the servers and the builds share its cores. Every figure below was measured in this one run; nothing is carried over from another.`,
    '',
    '## Machine',
    '',
    markdownTable(
      ['', ''],
      [
        ['CPU', `${m.machine.cpu}, ${m.machine.cores} cores`],
        ['Memory', bytes(m.machine.memoryBytes)],
        ['OS', m.machine.os],
        ['Load average at start (1, 5, 15 min)', m.machine.loadAverage.map((x) => fixed(x, 2)).join(', ')],
      ],
    ),
    '',
    '## Versions',
    '',
    markdownTable(
      ['tool', 'version'],
      Object.entries(m.versions).map(([k, v]) => [k, v]),
    ),
    '',
    '## Targets (issues 6 and 7)',
    '',
    markdownTable(
      ['target', 'goal', 'measured', 'met'],
      targets.map((t) => [
        t.name,
        t.goal,
        t.measured,
        t.met === null
          ? t.measured === 'not measured'
            ? 'not measured'
            : 'not judged: measured in part'
          : t.met
            ? 'met'
            : 'missed',
      ]),
    ),
    '',
  );
  const bounds = targets.filter((t) => t.met !== true && t.bound);
  if (bounds.length) {
    out.push('What bounds the targets not met:', '');
    for (const t of bounds) out.push(`- **${t.name}**: ${t.bound}`);
    out.push('');
  }

  out.push(
    '## Corpus',
    '',
    `Generated by \`@tally/corpus\` (packages/corpus, seed ${m.seed}): documents of the seed family with years 1972–2024, the states, DC and the territories, several parties, caucuses and primaries, 3–15 rows, optional infobox, prose, caption or title row, \`%\` signs or not, \`Votes\` / \`Popular vote\` / \`State delegate equivalents\` headers, optional delegates column, withdrawn flags, pseudo-candidates, unsorted rows, county and district tables, CRLF line ends, and a few disagreements between parts for the audit to find. The generated documents are synthetic; \`seed\` is the four Wikipedia articles the data package ships.`,
    '',
    markdownTable(
      ['corpus', 'documents', 'bytes', 'mean bytes/document', 'generated in'],
      r.corpus.map((c) => [
        scaleLabel(c.scale, c.documents),
        int(c.documents),
        bytes(c.bytes),
        int(c.bytes / Math.max(1, c.documents)),
        c.generateMs === null ? 'shipped' : ms(c.generateMs),
      ]),
    ),
    '',
    '## Parser and audit throughput',
    '',
    'In a fresh Node process per corpus, every document is read into memory first; each measurement warms up on the first 500 documents, then runs whole passes over the corpus for at least 2 s (three passes at least, unless one pass is longer than 6 s) and takes the median pass. The floor is decoding the same bytes to a string and splitting its lines; parse is `parseContest(bytes)`; parse + audit adds `auditContest`. MB is 10^6 bytes.',
    '',
    markdownTable(
      [
        'corpus',
        'floor MB/s',
        'parse MB/s',
        'parse + audit MB/s',
        'parse + audit docs/s',
        'floor / parse + audit',
        'parsed',
        'findings',
      ],
      r.throughput.map((row) =>
        rowCells(
          row,
          (t) => [
            fixed(t.floor.mbPerSecond),
            fixed(t.parse.mbPerSecond),
            fixed(t.parseAudit.mbPerSecond),
            int(t.parseAudit.documentsPerSecond),
            ratio(t.floor.mbPerSecond / t.parseAudit.mbPerSecond),
            `${int(t.parsed)} / ${int(t.documents)}`,
            int(t.findings),
          ],
          7,
        ),
      ),
    ),
    '',
  );
  const profiled = [...r.throughput].reverse().find((row) => row.ok && row.value.profile);
  if (profiled?.ok && profiled.value.profile) {
    const p = profiled.value.profile;
    const share = (x: { share: number }) => `${fixed(x.share * 100, 0)}%`;
    out.push(
      `Where parse + audit spends its time (V8's sampling profiler, ${fixed(p.sampledMs / 1000)} s of untimed passes over the ${scaleLabel(profiled.scale, profiled.contests)} corpus, self time):`,
      '',
      `- by area: ${p.areas.map((a) => `${a.name} ${share(a)}`).join(', ')}`,
      `- by function: ${p.functions.map((f) => `\`${f.name}\` ${share(f)}`).join(', ')}`,
      '',
    );
  }
  const failures = r.throughput.flatMap((row) =>
    row.ok ? row.value.failures.map((f) => ({ scale: row.scale, ...f })) : [],
  );
  if (failures.length) {
    out.push('Documents the parser rejected (first ones):', '');
    for (const f of failures.slice(0, 10))
      out.push(`- ${f.scale}: ${f.file}:${f.line} ${f.code}: ${f.message}`);
    out.push('');
  }
  out.push(...scalingSection(r));

  out.push(
    '## Data build',
    '',
    "The data package's own build (`buildDataPackage` of `packages/data/scripts/build-data-package.ts`) over each corpus, timed in a fresh Node process. The build refuses error findings nobody reviewed; generated documents disagree with themselves on purpose (as real articles do), so the bench writes an `acknowledgements.json` for them first, untimed.",
    '',
    markdownTable(
      [
        'corpus',
        'contests',
        'build time',
        'output',
        'files',
        'largest file',
        'peak memory',
        'error findings acknowledged',
      ],
      r.dataBuild.map((row) =>
        rowCells(
          row,
          (d) => [
            row.contests === null ? 'n/a' : int(row.contests),
            ms(d.ms),
            bytes(d.outputBytes),
            int(d.outputFiles),
            `${d.largest.path} (${bytes(d.largest.bytes)})`,
            bytes(d.maxRssBytes),
            int(d.acknowledged),
          ],
          7,
        ),
      ),
    ),
    '',
    ...growthLines(r),
    '## Worker bundle and start-up',
    '',
    "`wrangler deploy --dry-run` with apps/edge-api's config (minified, as deployed), bundling a bench entry (the edge-api Worker plus a constant `/__floor` route) with `@tally/data` aliased to each corpus's build. Size is what wrangler uploads (the modules, summed as wrangler sums them); gzip is `zlib.gzipSync` of the same bytes, as wrangler computes its own figure. Start-up is spawn-to-first-response of `workerd serve` on loopback, the fastest of the runs after one warm-up round (other load on the machine only adds time), for three Workers in turn: an empty Worker that returns a constant, Tally's Worker answering its constant route (its script and data loaded and evaluated) and Tally's Worker answering a first contest lookup. The table gives Tally's less the empty Worker's; memory is workerd's resident set after the first lookup.",
    '',
    markdownTable(
      [
        'corpus',
        'size',
        'gzip',
        'start-up to a lookup',
        'of which script and data',
        'first lookup (absolute)',
        'empty Worker (absolute)',
        'workerd memory',
      ],
      r.bundles.map((row) =>
        rowCells(
          row,
          (b) => {
            const s = b.startup;
            const ok = s && !('error' in s) ? s : null;
            return [
              bytes(b.rawBytes),
              bytes(b.gzipBytes),
              ok ? ms(ok.attributableMs) : s && 'error' in s ? `failed: ${s.error.slice(0, 120)}` : 'not run',
              ok ? ms(ok.scriptAttributableMs) : '',
              ok ? ms(ok.firstLookupMs) : '',
              ok ? ms(ok.emptyMs) : '',
              ok?.rssBytes ? bytes(ok.rssBytes) : '',
            ];
          },
          7,
        ),
      ),
    ),
    '',
  );
  out.push(...limitsSection(r));

  out.push(
    '## HTTP on loopback',
    '',
    `The bundled Worker runs in \`workerd serve\` (its own capnp config, not \`wrangler dev\`); json-server (logger off) serves a db.json of the same data: each contest body as the Worker returns it, the Worker's tally for the same filter (json-server cannot compute one, so it only finds and sends it), and the data's summaries, which its full-text \`q\` searches. autocannon drives ${m.connections.join(', ')} keep-alive connections for ${m.cellSeconds} s per cell after a ${m.warmupSeconds} s warm-up, from a separate Node process; latencies are recorded per response (p50 / p99 in ms), server CPU per request is the server process's user + system time over the cell divided by its responses. The floor is a constant response from the same Worker (3 bytes of text); the lookup-sized floor sends the Worker's own answer to the lookup (asked once, at the start) as a constant, the same status, headers and body with no lookup behind them, so it splits the lookup's cost into sending its answer and finding it. json-server pretty-prints its JSON (its default), so its bodies are larger than the Worker's for the same data. Ratios compare cells of this one run; server CPU per request moves less with other load on the machine than req/s does.`,
    '',
  );
  for (const matrix of r.http) {
    out.push(`### ${scaleLabel(matrix.scale, matrix.contests)} contests`, '');
    if (matrix.error) {
      out.push(`Not measured: ${matrix.error}`, '');
      continue;
    }
    const paths = new Map<string, string>();
    for (const c of matrix.cells)
      paths.set(
        `${c.target} ${c.scenario}`,
        `\`${c.path}\`${c.responseBytes !== null ? ` (${int(c.responseBytes)} bytes)` : ''}`,
      );
    out.push(matrixTable(matrix, m.connections), '', 'Requests:', '');
    for (const [k, v] of paths) out.push(`- ${k}: ${v}`);
    const bad = problems(matrix);
    if (bad.length) out.push('', 'Cells with errors or unexpected statuses:', '', ...bad);
    out.push('');
  }

  out.push(...d1Section(r));
  out.push(...lookupScaleSection(r));
  out.push(
    '## Credits',
    '',
    'The seed documents are English Wikipedia articles (CC BY-SA 4.0); see packages/data/ATTRIBUTION.md. The generated corpora are synthetic and are not shipped.',
    '',
  );
  return out.join('\n');
}
