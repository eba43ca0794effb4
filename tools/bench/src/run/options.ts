import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '@tally/corpus';
import { DEFAULT_CELL_SECONDS, DEFAULT_SIZES, QUICK_SIZES } from '../defaults.ts';

/** What one `npm run bench` measures and how long, from its command line. */
export type RunOptions = {
  quick: boolean;
  sizes: number[];
  cellSeconds: number;
  warmupSeconds: number;
  connections: number[];
  /** The corpora with the full HTTP matrix: the seed, and 1,000 (where json-server's linear scans begin to show). */
  matrixScales: string[];
  startupRuns: number;
  minPassMs: number;
  /** The command as the report states it. */
  command: string;
  seed: number;
  /** Where BENCHMARKS.md goes (`--out`). */
  reportPath: string | undefined;
  keep: boolean;
};

/** The options of `npm run bench -- ...`, or the usage error to print. */
export function readOptions(args: string[]): RunOptions | { error: string } {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      seconds: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')))
    : quick
      ? QUICK_SIZES
      : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    return { error: `--sizes takes whole numbers of documents, such as 10,1000,10000 (got ${values.sizes})` };
  return {
    quick,
    sizes,
    cellSeconds: Number(values.seconds ?? (quick ? 1 : DEFAULT_CELL_SECONDS)),
    warmupSeconds: quick ? 0.3 : 1,
    connections: [1, 16, 64],
    matrixScales: ['seed', ...(quick ? [] : sizes.filter((n) => n === 1000).map(String))],
    startupRuns: quick ? 3 : 7,
    minPassMs: quick ? 300 : 2000,
    command: ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
    seed: DEFAULT_SEED,
    reportPath: values.out,
    keep: values.keep ?? false,
  };
}
