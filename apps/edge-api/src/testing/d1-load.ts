import { raceMetadataOf } from '@tally/core';
import { renderD1, utf8Length } from '@tally/data/d1';
import type { DataPackage } from '../store/memory-store.js';

export type LoadStats = { files: number; statements: number; bytes: number };

/**
 * Writes `data` into `db` as `wrangler d1 execute --file` would the data build's `d1/*.sql`: the same
 * statements, file by file, each file in one `exec` (one statement per line). Holds one file at a time.
 */
export async function loadD1(db: D1Database, data: DataPackage): Promise<LoadStats> {
  const stats: LoadStats = { files: 0, statements: 0, bytes: 0 };
  let file: string | undefined;
  let pending: string[] = [];
  const flush = async () => {
    if (pending.length > 0) await db.exec(pending.join(''));
    pending = [];
  };
  // What races.json gave the data build: each race's cited figures, read back from the races it wrote.
  const raceMetadata = data.races.map(raceMetadataOf);
  for (const chunk of renderD1({ ...data, raceMetadata })) {
    if (chunk.file !== file) {
      await flush();
      file = chunk.file;
      stats.files++;
    }
    pending.push(chunk.sql);
    stats.statements += chunk.sql.split('\n').length - 1;
    stats.bytes += utf8Length(chunk.sql);
  }
  await flush();
  return stats;
}
