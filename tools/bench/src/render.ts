// `pnpm --filter @tally/bench run render`: writes BENCHMARKS.md again from the figures of the last run
// (`.work/results.json`, which `npm run bench` keeps), with the targets judged again. For a change to
// how the report reads or judges, not to what was measured: nothing is run and no figure changes.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepSections } from './report/kept-sections.ts';
import { renderReport } from './report/render-report.ts';
import type { BenchResults } from './results.ts';
import { evaluateTargets } from './targets.ts';
import { rootDir, workDir } from './workspace.ts';

const resultsPath = join(workDir, 'results.json');
let results: BenchResults;
try {
  ({ results } = JSON.parse(await readFile(resultsPath, 'utf8')) as { results: BenchResults });
} catch (e) {
  process.stderr.write(
    `${resultsPath}: cannot read the last run's figures (${e instanceof Error ? e.message : String(e)}); run \`npm run bench\` first\n`,
  );
  process.exit(1);
}
const reportPath = process.argv[2] ?? join(rootDir, 'BENCHMARKS.md');
const previous = await readFile(reportPath, 'utf8').catch(() => '');
await writeFile(reportPath, keepSections(previous, renderReport(results, evaluateTargets(results))));
process.stderr.write(`wrote ${reportPath} from ${resultsPath} (measured ${results.meta.date})\n`);
