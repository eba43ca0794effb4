import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, int } from '../format.ts';
import { DISTINCT_IDS } from '../http/distinct-ids.ts';
import type { BenchResults, DistinctLookup, LookupScaleRow } from '../results.ts';
import { missedReplays, withinBundleLimit } from '../targets.ts';
import { cpuList, latency, rps, scaleLabel } from './cells.ts';

/** What the replay cache held after a distinct-ids cell, and what that means for the cell. */
function replayVerdict(d: DistinctLookup | null): string {
  if (!d?.result || d.replayEntries === null) return 'n/a';
  const held = `${int(d.replayEntries)} held (${bytes(d.replayBytes ?? 0)})`;
  return missedReplays(d) ? `${held}: every request missed` : `${held}: all ${int(d.ids)} replayed`;
}

function storeLabel(r: BenchResults, x: LookupScaleRow): string {
  if (x.store === 'd1') return 'D1';
  return withinBundleLimit(r, x.scale) === false ? 'bundled, past 64 MiB' : 'bundled';
}

export function lookupScaleSection(r: BenchResults): string[] {
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
