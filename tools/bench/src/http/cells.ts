// Load cells against a running server: each one is a fresh autocannon process (src/steps/load-cell.ts).
import { join } from 'node:path';
import { runStep } from '../child.ts';
import { errorMessage } from '../error-message.ts';
import type { DistinctLookup, HttpCell, LookupScaleRow } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import type { CellResult, CellSpec } from '../steps/load-cell.ts';
import type { RunningServer } from '../workerd/process.ts';
import { benchDir } from '../workspace.ts';
import { distinctLookupPaths } from './distinct-ids.ts';
import { rawGet } from './raw-get.ts';
import { D1_FLOOR_PATH, FLOOR_PATH, lookupPath, REPLAYS_PATH } from './scenarios.ts';

export type CellSettings = {
  cellSeconds: number;
  warmupSeconds: number;
  /** The connections of the lookup-against-size cells (the most the run uses). */
  connections: number;
};

export type LookupCells = Pick<LookupScaleRow, 'lookup' | 'distinct' | 'floor' | 'd1RoundTrip' | 'error'>;

export type Cells = ReturnType<typeof createCells>;

export function createCells(settings: CellSettings) {
  const { cellSeconds, warmupSeconds, connections: top } = settings;

  async function runCell(
    server: RunningServer,
    path: string,
    conns: number,
    headers: Record<string, string>,
    paths?: string[],
  ): Promise<CellResult> {
    const spec: CellSpec = {
      url: `http://127.0.0.1:${server.port}${path}`,
      connections: conns,
      durationSec: cellSeconds,
      warmupSec: warmupSeconds,
      headers,
      serverPid: server.cpuPid ?? server.child.pid,
      ...(server.cpuPid && server.child.pid ? { hostPid: server.child.pid } : {}),
      ...(paths ? { paths } : {}),
    };
    return runStep<CellResult>(join(benchDir, 'src/steps/load-cell.ts'), [JSON.stringify(spec)], {
      timeoutMs: (cellSeconds + warmupSeconds) * 1000 + 60_000,
    });
  }

  async function httpCell(
    server: RunningServer,
    scenario: HttpCell['scenario'],
    target: HttpCell['target'],
    path: string,
    conns: number,
    revalidate: boolean,
  ): Promise<HttpCell> {
    try {
      const first = await rawGet(server.port, path);
      if (first.status !== 200)
        throw new Error(`GET ${path} answered ${first.status}: ${first.body.toString().slice(0, 200)}`);
      const etag = first.headers.etag;
      if (revalidate && !etag) throw new Error(`GET ${path} sent no ETag`);
      const headers: Record<string, string> = revalidate && etag ? { 'if-none-match': etag } : {};
      const result = await runCell(server, path, conns, headers);
      const expected = revalidate ? '304' : '200';
      const total = Object.values(result.statuses).reduce((s, n) => s + n, 0);
      return {
        scenario,
        target,
        connections: conns,
        path,
        responseBytes: first.body.byteLength,
        result,
        unexpected: total - (result.statuses[expected] ?? 0),
      };
    } catch (e) {
      return {
        scenario,
        target,
        connections: conns,
        path,
        responseBytes: null,
        result: null,
        error: errorMessage(e),
        unexpected: 0,
      };
    }
  }

  /**
   * Contest lookups cycling through up to DISTINCT_IDS distinct ids, then what the Worker's replay
   * cache holds: fewer answers than ids means cyclic access missed it every time.
   */
  async function distinctCell(server: RunningServer, facts: DataFacts): Promise<DistinctLookup> {
    const paths = distinctLookupPaths(facts.lookupIds);
    const base = { ids: paths.length, replayEntries: null, replayBytes: null, unexpected: 0 };
    try {
      const first = await rawGet(server.port, paths[0] ?? '/');
      if (first.status !== 200) throw new Error(`GET ${paths[0]} answered ${first.status}`);
      const result = await runCell(server, paths[0] ?? '/', top, {}, paths);
      const total = Object.values(result.statuses).reduce((sum, n) => sum + n, 0);
      const replays = await rawGet(server.port, REPLAYS_PATH);
      const held = JSON.parse(replays.body.toString()) as { entries: number | null; bytes: number | null };
      return {
        ...base,
        result,
        replayEntries: held.entries,
        replayBytes: held.bytes,
        unexpected: total - (result.statuses['200'] ?? 0),
      };
    } catch (e) {
      return { ...base, result: null, error: errorMessage(e) };
    }
  }

  /**
   * The lookup-against-size cells in one server: the floor, (over D1) one round trip to the database,
   * one id again and again (replayed after its first answer), and distinct ids.
   */
  async function lookupCells(server: RunningServer, facts: DataFacts, overD1: boolean): Promise<LookupCells> {
    const floor = await httpCell(server, 'floor', 'floor', FLOOR_PATH, top, false);
    const roundTrip = overD1 ? await httpCell(server, 'floor', 'floor', D1_FLOOR_PATH, top, false) : null;
    const lookup = await httpCell(server, 'lookup', 'worker', lookupPath(facts), top, false);
    const distinct = await distinctCell(server, facts);
    const error = floor.error ?? roundTrip?.error ?? lookup.error ?? distinct.error;
    return {
      floor: floor.result,
      ...(roundTrip ? { d1RoundTrip: roundTrip.result } : {}),
      lookup: lookup.result,
      distinct,
      ...(error ? { error } : {}),
    };
  }

  return { runCell, httpCell, distinctCell, lookupCells, connections: top };
}
