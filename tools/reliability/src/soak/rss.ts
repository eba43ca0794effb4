import { readFile } from 'node:fs/promises';

/** The resident set size in bytes from the text of /proc/<pid>/status, or null if it has no VmRSS line. */
export function parseVmRss(status: string): number | null {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

/** A process's resident memory now, from /proc (Linux); null once the process is gone. */
export async function residentBytes(pid: number): Promise<number | null> {
  try {
    return parseVmRss(await readFile(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

export type MemorySample = { atMs: number; bytes: number };

/** Samples `pid`'s resident memory every `intervalMs` until `stop()`, which gives the samples. */
export function sampleMemory(pid: number, intervalMs = 1000): { stop: () => Promise<MemorySample[]> } {
  const samples: MemorySample[] = [];
  const t0 = performance.now();
  const take = async () => {
    const bytes = await residentBytes(pid);
    if (bytes !== null) samples.push({ atMs: Math.round(performance.now() - t0), bytes });
  };
  let pending = take();
  const timer = setInterval(() => {
    pending = pending.then(take);
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await pending;
      await take();
      return samples;
    },
  };
}

export type MemorySummary = {
  start: number;
  postWarmUp: number;
  min: number;
  max: number;
  end: number;
  /** `end` over `postWarmUp`, minus one: 0.02 is 2% above. */
  growth: number;
  flat: boolean;
};

/**
 * Start (idle, before any load), the value right after the warm-up, and min, max and end over the measured
 * run. Flat when the end is within `margin` (a fraction) of the post-warm-up value.
 */
export function summarizeMemory(
  idle: number,
  measured: readonly MemorySample[],
  margin: number,
): MemorySummary {
  const first = measured[0];
  const last = measured.at(-1);
  if (!first || !last) throw new Error('no memory samples from the measured run');
  const values = measured.map((s) => s.bytes);
  const growth = last.bytes / first.bytes - 1;
  return {
    start: idle,
    postWarmUp: first.bytes,
    min: Math.min(...values),
    max: Math.max(...values),
    end: last.bytes,
    growth,
    flat: Math.abs(growth) <= margin,
  };
}
