import { join } from 'node:path';
import { errorMessage } from '../error-message.ts';
import { type Cells, createCells } from '../http/cells.ts';
import type { Row } from '../results.ts';
import { createServers, type Servers } from '../workerd/servers.ts';
import { benchDir, dataDir, workDir } from '../workspace.ts';
import type { RunOptions } from './options.ts';

/** What every stage of a run shares: its options, its log, the servers it started and its load cells. */
export type RunContext = {
  options: RunOptions;
  /** `seed`, then each generated corpus by its number of documents. */
  scales: string[];
  /** The most connections a cell uses: the one the lookup rows are measured at. */
  top: number;
  log: (message: string) => void;
  servers: Servers;
  cells: Cells;
};

export function createContext(options: RunOptions, started: number): RunContext {
  const top = Math.max(...options.connections);
  return {
    options,
    scales: ['seed', ...options.sizes.map(String)],
    top,
    log: (message) =>
      process.stderr.write(
        `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
      ),
    servers: createServers(),
    cells: createCells({
      cellSeconds: options.cellSeconds,
      warmupSeconds: options.warmupSeconds,
      connections: top,
    }),
  };
}

/** Where a run keeps what it makes, by corpus (`seed` is the data package's own sources). */
export const paths = {
  step: (name: string) => join(benchDir, 'src/steps', name),
  corpusDir: (scale: string) =>
    scale === 'seed' ? join(dataDir, 'sources') : join(workDir, 'corpus', scale, 'sources'),
  dataOut: (scale: string) => join(workDir, 'data', scale),
  dataModule: (scale: string) => join(workDir, 'data', scale, 'index.js'),
  summaries: (scale: string) => join(workDir, `summaries-${scale}.json`),
  d1Persist: (scale: string) => join(workDir, 'd1', scale),
};

/** Runs one measurement of one corpus; a failure becomes the row's error, logged, and the run goes on. */
export async function measure<T>(
  ctx: RunContext,
  scale: string,
  contests: number | null,
  work: () => Promise<T>,
): Promise<Row<T>> {
  try {
    return { scale, contests, ok: true, value: await work() };
  } catch (e) {
    ctx.log(`  ${scale}: failed: ${errorMessage(e).split('\n')[0]}`);
    return { scale, contests, ok: false, error: errorMessage(e) };
  }
}
