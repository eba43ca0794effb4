import { cpus, loadavg, release, totalmem } from 'node:os';
import { workerdVersion } from '@tally/harness/workerd';
import type { BenchResults } from '../results.ts';
import { packageVersion } from '../workspace.ts';

/** The machine the run measures on, as the report states it. */
export async function machine(): Promise<BenchResults['meta']['machine']> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    os: `${process.platform} ${release()}`,
    loadAverage: loadavg(),
  };
}

/** The versions of the tools the run drives. */
export async function versions(): Promise<Record<string, string>> {
  return {
    node: process.version,
    workerd: workerdVersion,
    wrangler: packageVersion('wrangler'),
    miniflare: packageVersion('miniflare'),
    autocannon: packageVersion('autocannon'),
    'json-server': packageVersion('json-server'),
  };
}
