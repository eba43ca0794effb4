// The bundled Worker on loopback: the full matrix against json-server at the matrix corpora, and lookups at every corpus.
import { join } from 'node:path';
import { errorMessage } from '../error-message.ts';
import { int } from '../format.ts';
import { writeJsonServerDb } from '../http/json-server-db.ts';
import { freePort } from '../http/raw-get.ts';
import { FLOOR_PATH, firstLookupPath, lookupPath, SCENARIOS, sizedFloorPath } from '../http/scenarios.ts';
import type { BundleRow, DistinctLookup, HttpCell, HttpMatrix, LookupScaleRow, Row } from '../results.ts';
import type { DataFacts } from '../steps/data-facts.ts';
import { type Bundle, writeWorkerdConfig } from '../worker/bundle.ts';
import { type RunningServer, startServer, startWorkerd } from '../workerd/process.ts';
import { tools, workDir } from '../workspace.ts';
import { paths, type RunContext } from './context.ts';

async function startTally(ctx: RunContext, bundle: Bundle, facts: DataFacts): Promise<RunningServer> {
  const port = await freePort();
  const server = await startWorkerd(await writeWorkerdConfig(bundle, port), firstLookupPath(facts));
  ctx.servers.add(server);
  return server;
}

async function startJsonServer(ctx: RunContext, dbPath: string, facts: DataFacts): Promise<RunningServer> {
  const port = await freePort();
  const args = [tools.jsonServer, '--port', String(port), '--host', '127.0.0.1', '--quiet', dbPath];
  const server = await startServer(process.execPath, args, port, `/contests/${facts.firstId}`, 300_000);
  ctx.servers.add(server);
  return server;
}

async function httpMatrix(
  ctx: RunContext,
  scale: string,
  bundle: Bundle,
  facts: DataFacts,
): Promise<{ matrix: HttpMatrix; distinct: DistinctLookup | null }> {
  const cells: HttpCell[] = [];
  const worker = await startTally(ctx, bundle, facts);
  let json: RunningServer | null = null;
  try {
    const dbPath = join(workDir, `db-${scale}.json`);
    await writeJsonServerDb(worker.port, facts, paths.summaries(scale), dbPath);
    json = await startJsonServer(ctx, dbPath, facts);
    for (const conns of ctx.options.connections) {
      ctx.log(`  ${scale}: ${conns} connections`);
      cells.push(await ctx.cells.httpCell(worker, 'floor', 'floor', FLOOR_PATH, conns, false));
      cells.push(
        await ctx.cells.httpCell(
          worker,
          'floor-sized',
          'floor',
          sizedFloorPath(lookupPath(facts)),
          conns,
          false,
        ),
      );
      for (const s of SCENARIOS) {
        cells.push(await ctx.cells.httpCell(worker, s.name, 'worker', s.worker(facts), conns, s.revalidate));
        cells.push(
          await ctx.cells.httpCell(json, s.name, 'json-server', s.jsonServer(facts), conns, s.revalidate),
        );
      }
    }
    ctx.log(`  ${scale}: lookups cycling through ${int(facts.lookupIds.length)} ids`);
    const distinct = await ctx.cells.distinctCell(worker, facts);
    return { matrix: { scale, contests: facts.contests, cells }, distinct };
  } catch (e) {
    return { matrix: { scale, contests: facts.contests, cells, error: errorMessage(e) }, distinct: null };
  } finally {
    await ctx.servers.stop(worker);
    if (json) await ctx.servers.stop(json);
  }
}

/** The HTTP matrices, then each corpus's bundled lookup row (from its matrix, or measured on its own). */
export async function measureHttp(
  ctx: RunContext,
  built: Map<string, Bundle>,
  facts: Map<string, DataFacts>,
  bundles: Row<BundleRow>[],
  docsOf: (scale: string) => number | null,
): Promise<{ http: HttpMatrix[]; lookupScale: LookupScaleRow[] }> {
  const http: HttpMatrix[] = [];
  const matrixDistinct = new Map<string, DistinctLookup | null>();
  for (const scale of ctx.options.matrixScales) {
    const bundle = built.get(scale);
    const f = facts.get(scale);
    if (!bundle || !f) {
      http.push({ scale, contests: f?.contests ?? 0, cells: [], error: 'no Worker bundle for this corpus' });
      continue;
    }
    const { matrix, distinct } = await httpMatrix(ctx, scale, bundle, f);
    http.push(matrix);
    matrixDistinct.set(scale, distinct);
  }
  const lookupScale: LookupScaleRow[] = [];
  for (const scale of ctx.scales) {
    const f = facts.get(scale) ?? null;
    const matrix = http.find((m) => m.scale === scale && !m.error);
    const pick = (target: 'worker' | 'floor') =>
      matrix?.cells.find(
        (c) =>
          c.scenario === (target === 'floor' ? 'floor' : 'lookup') &&
          c.target === target &&
          c.connections === ctx.top,
      )?.result ?? null;
    const row = { scale, store: 'bundled' as const, connections: ctx.top };
    if (matrix) {
      lookupScale.push({
        ...row,
        contests: f?.contests ?? null,
        lookup: pick('worker'),
        floor: pick('floor'),
        distinct: matrixDistinct.get(scale) ?? null,
      });
      continue;
    }
    const bundle = built.get(scale);
    if (!bundle || !f) {
      const b = bundles.find((x) => x.scale === scale);
      lookupScale.push({
        ...row,
        contests: f?.contests ?? docsOf(scale),
        lookup: null,
        distinct: null,
        floor: null,
        error: b && !b.ok ? b.error : 'no Worker bundle',
      });
      continue;
    }
    ctx.log(`  lookup at ${scale}`);
    let server: RunningServer | null = null;
    try {
      server = await startTally(ctx, bundle, f);
      lookupScale.push({ ...row, contests: f.contests, ...(await ctx.cells.lookupCells(server, f, false)) });
    } catch (e) {
      lookupScale.push({
        ...row,
        contests: f.contests,
        lookup: null,
        distinct: null,
        floor: null,
        error: errorMessage(e),
      });
    } finally {
      if (server) await ctx.servers.stop(server);
    }
  }
  return { http, lookupScale };
}
