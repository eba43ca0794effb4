import { runStep } from '../child.ts';
import { errorMessage } from '../error-message.ts';
import { int } from '../format.ts';
import type { DataBuildRow, Row } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import { measure, paths, type RunContext } from './context.ts';

/** The data package's build over each corpus, and the facts of what it built (ids, counts) for the later stages. */
export async function measureDataBuilds(
  ctx: RunContext,
  docsOf: (scale: string) => number | null,
): Promise<{ dataBuild: Row<DataBuildRow>[]; facts: Map<string, DataFacts> }> {
  const dataBuild: Row<DataBuildRow>[] = [];
  const facts = new Map<string, DataFacts>();
  for (const scale of ctx.scales) {
    const row = await measure(ctx, scale, docsOf(scale), () =>
      runStep<DataBuildRow>(
        paths.step('data-build.ts'),
        [paths.corpusDir(scale), paths.dataOut(scale), scale === 'seed' ? 'shipped' : 'generated'],
        {
          timeoutMs: 1_200_000,
        },
      ),
    );
    if (row.ok) {
      try {
        const args = [
          paths.dataModule(scale),
          ...(ctx.options.matrixScales.includes(scale) ? [paths.summaries(scale)] : []),
        ];
        const f = await runStep<DataFacts>(paths.step('data-facts.ts'), args, {
          timeoutMs: 1_200_000,
          nodeArgs: ['--max-old-space-size=16384'],
        });
        facts.set(scale, f);
        row.contests = f.contests;
      } catch (e) {
        ctx.log(`  ${scale}: could not read the built data: ${errorMessage(e)}`);
      }
      ctx.log(`  ${scale}: ${(row.value.ms / 1000).toFixed(1)} s, ${int(row.value.outputBytes)} bytes`);
    }
    dataBuild.push(row);
  }
  return { dataBuild, facts };
}
