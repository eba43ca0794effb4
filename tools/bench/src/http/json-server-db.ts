import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { DataFacts } from '../steps/data-facts.ts';
import { rawGet } from './raw-get.ts';

async function getJson(port: number, path: string): Promise<Record<string, unknown>> {
  const res = await rawGet(port, path);
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  return JSON.parse(res.body.toString()) as Record<string, unknown>;
}

/**
 * Writes json-server's database from the running Worker's own answers, so both serve the same
 * bodies: `contests` (each contest as the Worker returns it), `tallies` (the Worker's tally for the
 * bench's filter, under the year as id) and `summaries` (the data package's).
 */
export async function writeJsonServerDb(
  workerPort: number,
  facts: DataFacts,
  summariesPath: string,
  dbPath: string,
): Promise<number> {
  if (!facts.ids) throw new Error('the data facts carry no ids');
  const out = createWriteStream(dbPath);
  let bytes = 0;
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await put('{"contests":[');
  for (const [i, id] of facts.ids.entries()) {
    const body = await getJson(workerPort, `/v1/contests/${id}`);
    await put((i ? ',' : '') + JSON.stringify({ id, ...body }));
  }
  const tally = await getJson(workerPort, `/v1/tally?year=${facts.lastYear}`);
  await put(`],"tallies":[${JSON.stringify({ ...tally, id: String(facts.lastYear) })}],"summaries":`);
  await put(await readFile(summariesPath, 'utf8'));
  await put('}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
