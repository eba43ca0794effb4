import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, ms } from '../format.ts';
import type { BenchResults } from '../results.ts';
import { rowCells } from './cells.ts';

/** `wrangler check startup` over the shipped data: the CPU figure the start-up target reads. */
function checkStartupLines(r: BenchResults): string[] {
  const c = r.checkStartup;
  if (!c) return [];
  if ('error' in c) return [`\`wrangler check startup\` failed: ${c.error.slice(0, 300)}`, ''];
  const size =
    c.rawBytes !== null && c.gzipBytes !== null
      ? `${bytes(c.rawBytes)} (${bytes(c.gzipBytes)} gzip)`
      : 'not printed';
  return [
    `CPU of start-up, \`wrangler check startup\` in apps/edge-api (its own build of the Worker over the shipped data, the global scope run once in local workerd under V8's profiler; its Active figure), ${c.runs} runs: median **${ms(c.medianMs)}** (${[
      ...c.activeMs,
    ]
      .sort((a, b) => a - b)
      .map((x) => x.toFixed(1))
      .join(
        ', ',
      )} ms), bundle ${size}. One run's profile holds a few samples of about 1 ms each, so single runs are coarse; other load on the machine lengthens them.`,
    '',
  ];
}

/** The Worker bundle of each corpus: its size and its start-up against an empty Worker. */
export function bundleSection(r: BenchResults): string[] {
  return [
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
    ...checkStartupLines(r),
  ];
}
