import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reportResult } from '../child.ts';
import { startMiniflare } from '../d1/miniflare.ts';

export type D1LoadSpec = {
  /** The data build's `d1/` folder: `0000-schema.sql`, then the rows, in load order by name. */
  sqlDir: string;
  persistDir: string;
  binding: string;
  compatibilityDate: string;
};

export type D1LoadResult = {
  files: number;
  sqlBytes: number;
  /** Statements D1 ran, as its `exec` counts them. */
  statements: number;
  /** From the first statement sent to the last one done: the load alone, not miniflare's start. */
  loadMs: number;
  /** The database's size as D1 reports it (`meta.size_after`). */
  databaseBytes: number | null;
  /** The SQLite files miniflare keeps the database in, once it is closed. */
  fileBytes: number;
};

/** The data build's SQL files, in load order. */
export async function sqlFiles(sqlDir: string): Promise<string[]> {
  return (await readdir(sqlDir)).filter((f) => f.endsWith('.sql')).sort();
}

async function databaseFileBytes(persistDir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(join(persistDir, 'd1'), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name !== 'metadata.sqlite' && /\.sqlite(-wal)?$/.test(entry.name))
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/**
 * Loads the data build's `d1/*.sql` into a new local D1 database (miniflare's, persisted in `persistDir`),
 * each file in one `exec` as the edge API's D1 tests load it; one file in memory at a time.
 */
export async function loadD1(spec: D1LoadSpec): Promise<D1LoadResult> {
  await rm(spec.persistDir, { recursive: true, force: true });
  const files = await sqlFiles(spec.sqlDir);
  if (files.length === 0) throw new Error(`no .sql files in ${spec.sqlDir}`);
  const mf = await startMiniflare({
    bundleDir: null,
    modules: [],
    compatibilityDate: spec.compatibilityDate,
    compatibilityFlags: [],
    vars: {},
    binding: spec.binding,
    persistDir: spec.persistDir,
    directPort: null,
  });
  try {
    const db = await mf.getD1Database(spec.binding);
    let sqlBytes = 0;
    let statements = 0;
    const t0 = performance.now();
    for (const file of files) {
      const path = join(spec.sqlDir, file);
      sqlBytes += (await stat(path)).size;
      statements += (await db.exec(await readFile(path, 'utf8'))).count;
    }
    const loadMs = performance.now() - t0;
    const { meta } = await db.prepare('SELECT 1').run();
    await mf.dispose();
    return {
      files: files.length,
      sqlBytes,
      statements,
      loadMs,
      databaseBytes: meta.size_after ?? null,
      fileBytes: await databaseFileBytes(spec.persistDir),
    };
  } catch (e) {
    await mf.dispose();
    throw e;
  }
}

if (import.meta.main) {
  const spec = JSON.parse(process.argv[2] ?? '{}') as D1LoadSpec;
  reportResult(await loadD1(spec));
}
