import { join } from 'node:path';
import { measureD1 } from '../d1/measure.ts';
import { errorMessage } from '../error-message.ts';
import { int } from '../format.ts';
import type { D1Results, DataBuildRow, LookupScaleRow, Row } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import { type Bundle, bundleD1Worker } from '../worker/bundle.ts';
import { workDir } from '../workspace.ts';
import { measure, paths, type RunContext } from './context.ts';

/** The D1 Worker (miniflare's local D1) over each corpus's database; its lookup rows join `lookupScale`. */
export async function measureD1Corpora(
  ctx: RunContext,
  dataBuild: Row<DataBuildRow>[],
  facts: Map<string, DataFacts>,
  lookupScale: LookupScaleRow[],
): Promise<D1Results> {
  const d1: D1Results = { bundle: null, access: null, databases: [] };
  let d1Bundle: Bundle | null = null;
  try {
    d1Bundle = await bundleD1Worker(join(workDir, 'bundle', 'd1'));
    d1.bundle = { rawBytes: d1Bundle.rawBytes, gzipBytes: d1Bundle.gzipBytes, buildMs: d1Bundle.buildMs };
    ctx.log(`  bundle ${int(d1Bundle.rawBytes)} bytes (${int(d1Bundle.gzipBytes)} gzip)`);
  } catch (e) {
    d1.bundle = { error: errorMessage(e) };
    ctx.log(`  bundle failed: ${errorMessage(e).split('\n')[0]}`);
  }
  for (const row of dataBuild) {
    const { scale } = row;
    const f = facts.get(scale);
    const contests = f?.contests ?? row.contests;
    const d1Row = { scale, store: 'd1' as const, connections: ctx.top };
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
    const corpus = {
      scale,
      sqlDir: join(paths.dataOut(scale), 'd1'),
      persistDir: paths.d1Persist(scale),
      facts: f,
    };
    const measured = await measure(ctx, scale, contests, () => measureD1(ctx, corpus, bundle, d1));
    if (measured.ok) {
      d1.databases.push({ ...measured, value: measured.value.database });
      lookupScale.push({ ...d1Row, contests, ...measured.value.cells });
    } else {
      d1.databases.push(measured);
      failed(measured.error);
    }
  }
  return d1;
}
