import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, fixed, int, ms } from '../format.ts';
import type { BenchResults } from '../results.ts';
import { MEMORY_SEMI_SPACE_MIB } from '../steps/memory.ts';
import { MEMORY_LIMIT_RATIO } from '../targets.ts';

/** Peak memory of parse + audit of one document of about 4 MiB, shape by shape. */
export function memorySection(r: BenchResults): string[] {
  if (!r.memory) return [];
  const head = [
    '## Peak memory of one document',
    '',
    `The largest document of each shape of the scaling step (about 4 MiB, just under the parser's limit), made from the generator as UTF-8 bytes (an array buffer, as a Worker receives a request body), parsed and audited in a fresh Node process (\`src/steps/memory.ts\`). Peak is V8's heap used plus its external memory (array buffers), the most of its figures before and after every garbage collection (V8's GC profiler, \`v8.GCProfiler\`) and after the audit, less the same before the document was made; every collection is a full one (\`--gc-global\`) over a young generation of ${MEMORY_SEMI_SPACE_MIB} MiB semi-spaces, so garbage lives at most that much allocation: the peak is what the work holds at its most, within a few MiB. Held is what stays after a full collection with the contest and its findings still referenced: the output itself. The target is ${MEMORY_LIMIT_RATIO}x the document's size (a Worker has 128 MB).`,
    '',
  ];
  return [
    ...head,
    markdownTable(
      ['shape', 'document', 'peak', 'peak / document', 'held after the audit', 'collections', 'time', 'read'],
      r.memory.map((row) => {
        if (!row.ok) return [row.shape, `failed: ${row.error.slice(0, 160)}`, '', '', '', '', '', ''];
        const p = row.value;
        return [
          p.shape,
          bytes(p.bytes),
          bytes(p.peakBytes),
          `${fixed(p.peakBytes / p.bytes, 1)}x`,
          `${bytes(p.retainedBytes)} (${fixed(p.retainedBytes / p.bytes, 1)}x)`,
          int(p.collections),
          ms(p.ms),
          p.outcome.ok
            ? `${int(p.outcome.rows)} rows, ${int(p.outcome.findings)} findings`
            : `error ${p.outcome.code}`,
        ];
      }),
    ),
    '',
  ];
}
