import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, fixed, int, ms, ratio } from '../format.ts';
import type { BenchResults, D1AccessPath } from '../results.ts';
import type { CellResult } from '../steps/load-cell.ts';
import { cpu, cpuList, cpuUs, latency, rowCells, rps, scaleLabel } from './cells.ts';

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
