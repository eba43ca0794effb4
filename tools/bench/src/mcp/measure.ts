import autocannon from 'autocannon';
import { percentile } from '../stats.ts';
import { processTimesMs } from '../steps/load-cell.ts';
import type { Request } from './cells.ts';

export type Measured = {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerRequest: number | null;
  statuses: Record<string, number>;
};

function drive(
  origin: string,
  request: Request,
  durationSec: number,
  onResponse?: (status: number, ms: number) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${origin}${request.path}`,
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        connections: 1,
        pipelining: 1,
        duration: durationSec,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result.duration)),
    );
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

/**
 * One connection, one request at a time (latency, not throughput): a warm-up, then `durationSec` measured, each
 * response's time kept exactly (autocannon's histogram rounds to whole milliseconds), and the server's CPU time.
 */
export async function measure(
  origin: string,
  request: Request,
  serverPid: number,
  durationSec: number,
  warmupSec: number,
): Promise<Measured> {
  await drive(origin, request, warmupSec);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const before = processTimesMs(serverPid);
  const duration = await drive(origin, request, durationSec, (status, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const after = processTimesMs(serverPid);
  const cpuMs = before && after ? after.user + after.system - before.user - before.system : null;
  return {
    requests: times.length,
    rps: times.length / duration,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    cpuUsPerRequest: cpuMs === null || times.length === 0 ? null : (cpuMs * 1000) / times.length,
    statuses,
  };
}
