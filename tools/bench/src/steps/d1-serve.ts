// A long-running step: the D1 Worker in miniflare over a loaded local D1 database, until SIGTERM.

import { startMiniflare } from '../d1/miniflare.ts';
import type { D1WorkerSpec } from '../d1/miniflare-options.ts';
import { childPids, commandOf } from '../workerd/socket-owner.ts';

/** The line this step prints once the Worker answers, for the bench to read. */
export const READY = '@@bench-d1-ready ';

export type D1Ready = {
  /** miniflare's entry socket (`await mf.ready`): its entry Worker, then the D1 Worker. */
  entryUrl: string;
  /** The direct socket: workerd straight to the D1 Worker, as `workerd serve` serves the bundled one. */
  directUrl: string;
  /** The workerd process miniflare started (a child of this one), whose CPU the cells count. */
  workerdPid: number | null;
};

if (import.meta.main) {
  const spec = JSON.parse(process.argv[2] ?? '{}') as D1WorkerSpec;
  const mf = await startMiniflare(spec);
  const entryUrl = (await mf.ready).href;
  const directUrl = (await mf.unsafeGetDirectURL()).href;
  let workerdPid: number | null = null;
  for (const pid of await childPids(process.pid)) if ((await commandOf(pid)) === 'workerd') workerdPid = pid;
  const ready: D1Ready = { entryUrl, directUrl, workerdPid };
  process.stdout.write(`${READY}${JSON.stringify(ready)}\n`);
  const stop = () => {
    void mf.dispose().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
