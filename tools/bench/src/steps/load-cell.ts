import { readFileSync } from 'node:fs';
import autocannon, { type Result } from 'autocannon';
import { reportResult } from '../child.ts';
import { percentile } from '../stats.ts';

export type CellSpec = {
  url: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  headers: Record<string, string>;
  /** The server's process, to read how much CPU it spent on the measured run. */
  serverPid?: number;
  /** Another process of the server (miniflare's Node process), to show whether it takes part in requests. */
  hostPid?: number;
  /**
   * Paths to cycle through instead of the URL's own: request k of the cell, counted over every
   * connection, goes to `paths[k % paths.length]` (a strict cyclic order, as a cache meets it).
   */
  paths?: string[];
};

export type CellResult = {
  requests: number;
  durationSec: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  /** Server CPU time (user + system) per response, in microseconds; null without a server pid. */
  serverCpuUsPerRequest: number | null;
  /** The system (kernel) part of it: sockets, and reading files (a database's pages) through the kernel. */
  serverSystemCpuUsPerRequest?: number | null;
  /** CPU time of `hostPid` per response, in microseconds, when one was given. */
  hostCpuUsPerRequest?: number | null;
  /** Server and load-generator CPU time as a share of one core over the run. */
  serverCpuShare: number | null;
  clientCpuShare: number;
};

const TICKS_PER_SECOND = 100;

/** utime and stime of a process, in milliseconds (Linux /proc; clock ticks are 1/100 s). */
export function processTimesMs(pid: number): { user: number; system: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      user: (Number(fields[11]) * 1000) / TICKS_PER_SECOND,
      system: (Number(fields[12]) * 1000) / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

/** utime + stime of a process, in milliseconds. */
export function processCpuMs(pid: number): number | null {
  const times = processTimesMs(pid);
  return times ? times.user + times.system : null;
}

/** Hands out `paths` in order, one per call, and starts again after the last. */
export function cycle(paths: string[]): () => string {
  if (paths.length === 0) throw new Error('cycle needs at least one path');
  let next = 0;
  return () => {
    const path = paths[next] as string;
    next = (next + 1) % paths.length;
    return path;
  };
}

/** Latencies in a growing buffer: autocannon's own histogram keeps whole milliseconds only. */
class Samples {
  values = new Float64Array(1 << 16);
  length = 0;
  push(v: number) {
    if (this.length === this.values.length) {
      const next = new Float64Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = v;
  }
  view() {
    return this.values.subarray(0, this.length);
  }
}

function run(
  spec: CellSpec,
  length: { durationSec: number } | { requests: number },
  nextPath: (() => string) | null,
  samples?: Samples,
  statuses?: Record<string, number>,
) {
  let bytes = 0;
  return new Promise<{ result: Result; bytes: number }>((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...('requests' in length
          ? { amount: length.requests, duration: 0 }
          : { duration: length.durationSec }),
        pipelining: 1,
        timeout: 10,
        headers: spec.headers,
        // One request whose path is set as it is built: autocannon builds each request just before sending it.
        ...(nextPath
          ? { requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }] }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolvePromise({ result, bytes })),
    );
    if (samples && statuses) {
      instance.on('response', (_client, statusCode, resBytes, responseTime) => {
        samples.push(responseTime);
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
        bytes += resBytes;
      });
    }
  });
}

/** A warm-up, then one measured run of `connections` keep-alive connections for `durationSec`. */
export async function runCell(spec: CellSpec): Promise<CellResult> {
  // With paths, the warm-up first sends each of them once, so the measured run meets no first requests
  // (an id's first lookup does work later ones do not, such as computing its tally), then continues
  // the cycle, so the measured run starts where a running one would be.
  const nextPath = spec.paths ? cycle(spec.paths) : null;
  if (spec.paths) await run(spec, { requests: Math.max(spec.paths.length, spec.connections) }, nextPath);
  if (spec.warmupSec > 0) await run(spec, { durationSec: spec.warmupSec }, nextPath);
  const samples = new Samples();
  const statuses: Record<string, number> = {};
  const serverBefore = spec.serverPid ? processTimesMs(spec.serverPid) : null;
  const hostBefore = spec.hostPid ? processCpuMs(spec.hostPid) : null;
  const clientBefore = process.cpuUsage();
  const { result, bytes } = await run(spec, { durationSec: spec.durationSec }, nextPath, samples, statuses);
  const client = process.cpuUsage(clientBefore);
  const serverAfter = spec.serverPid ? processTimesMs(spec.serverPid) : null;
  const hostAfter = spec.hostPid ? processCpuMs(spec.hostPid) : null;
  const serverSystemMs = serverBefore && serverAfter ? serverAfter.system - serverBefore.system : null;
  const serverMs =
    serverBefore && serverAfter && serverSystemMs !== null
      ? serverAfter.user - serverBefore.user + serverSystemMs
      : null;
  const latencies = samples.view();
  let sum = 0;
  for (const v of latencies) sum += v;
  return {
    requests: latencies.length,
    durationSec: result.duration,
    rps: latencies.length / result.duration,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    meanMs: sum / latencies.length,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    serverCpuUsPerRequest:
      serverMs !== null && latencies.length ? (serverMs * 1000) / latencies.length : null,
    serverSystemCpuUsPerRequest:
      serverSystemMs !== null && latencies.length ? (serverSystemMs * 1000) / latencies.length : null,
    ...(spec.hostPid
      ? {
          hostCpuUsPerRequest:
            hostBefore !== null && hostAfter !== null && latencies.length
              ? ((hostAfter - hostBefore) * 1000) / latencies.length
              : null,
        }
      : {}),
    serverCpuShare: serverMs !== null ? serverMs / (result.duration * 1000) : null,
    clientCpuShare: (client.user + client.system) / 1000 / (result.duration * 1000),
  };
}

if (import.meta.main) {
  const spec = JSON.parse(process.argv[2] ?? '{}') as CellSpec;
  reportResult(await runCell(spec));
}
