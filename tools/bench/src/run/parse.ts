// The corpora, and what the parser does with them: throughput over each corpus, time against one document's size.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SHAPES } from '@tally/corpus';
import { writeCorpus } from '@tally/corpus/write-corpus';
import { runStep } from '../child.ts';
import { errorMessage } from '../error-message.ts';
import { int } from '../format.ts';
import type { CorpusRow, MemoryRow, Row } from '../results.ts';
import { MEMORY_NODE_ARGS, type MemoryPoint } from '../steps/memory.ts';
import { SCALING_SEMI_SPACE_MIB, type ScalingResult } from '../steps/scaling.ts';
import type { ThroughputResult } from '../steps/throughput.ts';
import { measure, paths, type RunContext } from './context.ts';

async function dirBytes(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(dir, f))).size;
  return { files: files.length, bytes };
}

/** The seed's sources as shipped, then a generated corpus of each size asked for. */
export async function generateCorpora(ctx: RunContext): Promise<CorpusRow[]> {
  const corpus: CorpusRow[] = [];
  const seedFiles = await dirBytes(paths.corpusDir('seed'));
  corpus.push({ scale: 'seed', documents: seedFiles.files, bytes: seedFiles.bytes, generateMs: null });
  for (const n of ctx.options.sizes) {
    const t0 = performance.now();
    const stats = await writeCorpus(paths.corpusDir(String(n)), n, ctx.options.seed);
    corpus.push({ scale: String(n), documents: n, bytes: stats.bytes, generateMs: performance.now() - t0 });
    ctx.log(`  ${int(n)} documents, ${int(stats.bytes)} bytes`);
  }
  return corpus;
}

/** Parse and parse + audit throughput over each corpus, each in a fresh Node process. */
export async function measureThroughput(
  ctx: RunContext,
  docsOf: (scale: string) => number | null,
): Promise<Row<ThroughputResult>[]> {
  const throughput: Row<ThroughputResult>[] = [];
  for (const scale of ctx.scales) {
    throughput.push(
      await measure(ctx, scale, docsOf(scale), () =>
        runStep<ThroughputResult>(
          paths.step('throughput.ts'),
          [paths.corpusDir(scale), String(ctx.options.minPassMs)],
          {
            timeoutMs: 1_200_000,
          },
        ),
      ),
    );
    const last = throughput[throughput.length - 1];
    if (last?.ok)
      ctx.log(
        `  ${scale}: parse + audit ${last.value.parseAudit.mbPerSecond.toFixed(1)} MB/s, ${last.value.failures.length} failures`,
      );
  }
  return throughput;
}

/** Parse + audit time of one document against its size, in a fresh Node process with a larger young generation. */
export async function measureScaling(ctx: RunContext): Promise<ScalingResult | { error: string }> {
  let scaling: ScalingResult | { error: string };
  try {
    scaling = await runStep<ScalingResult>(
      paths.step('scaling.ts'),
      [String(ctx.options.quick ? 200 : 3000)],
      {
        timeoutMs: 600_000,
        nodeArgs: [`--max-semi-space-size=${SCALING_SEMI_SPACE_MIB}`],
      },
    );
    for (const { shape, points } of scaling)
      ctx.log(
        `  ${shape}: ${points.map((p) => `${int(p.bytes)} B ${(p.workMs ?? p.ms).toFixed(1)} ms`).join(', ')}`,
      );
  } catch (e) {
    scaling = { error: errorMessage(e) };
    ctx.log(`  failed: ${scaling.error}`);
  }
  return scaling;
}

/** Peak memory of parse + audit of one document of about 4 MiB, each shape in a fresh Node process. */
export async function measureMemory(ctx: RunContext): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  for (const shape of SHAPES) {
    try {
      const value = await runStep<MemoryPoint>(paths.step('memory.ts'), [shape], {
        timeoutMs: 600_000,
        nodeArgs: MEMORY_NODE_ARGS,
      });
      rows.push({ shape, ok: true, value });
      ctx.log(
        `  ${shape}: ${int(value.bytes)} B, peak ${int(value.peakBytes)} B (${(value.peakBytes / value.bytes).toFixed(1)}x)`,
      );
    } catch (e) {
      rows.push({ shape, ok: false, error: errorMessage(e) });
      ctx.log(`  ${shape}: failed: ${errorMessage(e).split('\n')[0]}`);
    }
  }
  return rows;
}
