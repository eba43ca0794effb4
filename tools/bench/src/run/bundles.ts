// Each corpus's Worker bundle (wrangler's dry run) and its start-up in workerd against an empty Worker.
import { join } from 'node:path';
import { errorMessage } from '../error-message.ts';
import { int } from '../format.ts';
import { freePort } from '../http/raw-get.ts';
import { FLOOR_PATH, firstLookupPath } from '../http/scenarios.ts';
import type { BundleRow, DataBuildRow, Row, StartupResult } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import {
  type Bundle,
  bundledDataBytes,
  bundleWorker,
  writeEmptyWorker,
  writeWorkerdConfig,
} from '../worker/bundle.ts';
import { type RunningServer, startWorkerd } from '../workerd/process.ts';
import { workDir } from '../workspace.ts';
import { measure, paths, type RunContext } from './context.ts';

/** V8 cannot hold a longer string (2^29 - 24 characters), so no runtime could load a bigger script: such bundles are not built. */
const MAX_BUNDLEABLE_DATA = 2 ** 29 - 24;

/** Starts workerd, takes its first response to `probe`, and stops it. */
async function coldStart(
  ctx: RunContext,
  config: (port: number) => Promise<string>,
  probe: string,
): Promise<RunningServer> {
  const port = await freePort();
  const server = await startWorkerd(await config(port), probe);
  ctx.servers.add(server);
  await ctx.servers.stop(server);
  if (server.first.status !== 200) throw new Error(`the first ${probe} answered ${server.first.status}`);
  return server;
}

/**
 * Spawn-to-first-response, the fastest of `startupRuns` after one warm-up round (other load on the
 * machine only ever adds time), for three Workers in turn: an empty one, Tally's answering its
 * constant route (script and data loaded) and Tally's answering a lookup (plus the first request's work).
 */
async function measureStartup(ctx: RunContext, bundle: Bundle, probe: string): Promise<StartupResult> {
  const empty: number[] = [];
  const script: number[] = [];
  const lookup: number[] = [];
  let rss: number | null = null;
  let emptyRss: number | null = null;
  for (let run = 0; run <= ctx.options.startupRuns; run++) {
    const e = await coldStart(ctx, (port) => writeEmptyWorker(bundle.dir, port), FLOOR_PATH);
    const s = await coldStart(ctx, (port) => writeWorkerdConfig(bundle, port), FLOOR_PATH);
    const t = await coldStart(ctx, (port) => writeWorkerdConfig(bundle, port), probe);
    if (run === 0) continue;
    empty.push(e.firstResponseMs);
    script.push(s.firstResponseMs);
    lookup.push(t.firstResponseMs);
    rss = t.rssBytes;
    emptyRss = e.rssBytes;
  }
  const fastest = (times: number[]) => Math.min(...times);
  return {
    runs: ctx.options.startupRuns,
    emptyMs: fastest(empty),
    firstLookupMs: fastest(lookup),
    attributableMs: fastest(lookup) - fastest(empty),
    scriptMs: fastest(script),
    scriptAttributableMs: fastest(script) - fastest(empty),
    rssBytes: rss,
    emptyRssBytes: emptyRss,
  };
}

/** Bundles the Worker over each corpus's data build and measures its start-up; the bundles are kept for the HTTP stage. */
export async function bundleAndStart(
  ctx: RunContext,
  dataBuild: Row<DataBuildRow>[],
  facts: Map<string, DataFacts>,
): Promise<{ bundles: Row<BundleRow>[]; built: Map<string, Bundle> }> {
  const bundles: Row<BundleRow>[] = [];
  const built = new Map<string, Bundle>();
  for (const row of dataBuild) {
    const { scale } = row;
    const f = facts.get(scale);
    bundles.push(
      await measure(ctx, scale, f?.contests ?? null, async () => {
        if (!row.ok) throw new Error('no data build');
        if (!f) throw new Error('the built data could not be read');
        const dataBytes = await bundledDataBytes(paths.dataModule(scale));
        if (dataBytes > MAX_BUNDLEABLE_DATA) {
          throw new Error(
            `not bundled: the modules the Worker imports hold ${int(dataBytes)} bytes, past the longest script V8 can load`,
          );
        }
        const bundle = await bundleWorker(join(workDir, 'bundle', scale), paths.dataModule(scale));
        built.set(scale, bundle);
        ctx.log(`  ${scale}: ${int(bundle.rawBytes)} bytes (${int(bundle.gzipBytes)} gzip)`);
        let startup: BundleRow['startup'] = null;
        try {
          startup = await measureStartup(ctx, bundle, firstLookupPath(f));
          ctx.log(
            `  ${scale}: start-up ${startup.attributableMs.toFixed(1)} ms over an empty Worker (script ${startup.scriptAttributableMs.toFixed(1)} ms)`,
          );
        } catch (e) {
          startup = { error: errorMessage(e) };
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
  return { bundles, built };
}
