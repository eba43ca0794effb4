import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ContestSummary } from '@tally/core';
import { reportResult } from '../child.ts';
import { DISTINCT_IDS, sampleEvenly } from '../http/distinct-ids.ts';

export type DataFacts = {
  contests: number;
  firstId: string;
  /** The last contest of the data: lookups go there, so a scan per request would show. */
  lastId: string;
  lastYear: number;
  /** A search term: the last contest's place, lower-cased. */
  searchTerm: string;
  /** Every id, when asked for (to fill json-server's database). */
  ids: string[] | null;
  /** Up to DISTINCT_IDS ids spread over the data, for lookups cycling through distinct contests. */
  lookupIds: string[];
};

/**
 * What the bench needs to know of a built data module, read in a fresh process from its summaries
 * (`index.json`, the module's `summaries`: one per contest, in the contests' order). The contests'
 * own file is not read: past about 40,000 contests it is longer than the longest string V8 holds.
 */
export async function readDataFacts(dataModule: string, summariesPath?: string): Promise<DataFacts> {
  const text = await readFile(join(dirname(dataModule), 'index.json'), 'utf8');
  const contests = JSON.parse(text) as ContestSummary[];
  const first = contests[0];
  const last = contests[contests.length - 1];
  if (!first || !last) throw new Error(`${dataModule} has no contests`);
  if (summariesPath) await writeFile(summariesPath, text);
  return {
    contests: contests.length,
    firstId: first.id,
    lastId: last.id,
    lastYear: last.year,
    searchTerm: last.state.toLowerCase(),
    ids: summariesPath ? contests.map((c) => c.id) : null,
    lookupIds: sampleEvenly(
      contests.map((c) => c.id),
      DISTINCT_IDS,
    ),
  };
}

if (import.meta.main) {
  const [dataModule, summariesPath] = process.argv.slice(2);
  if (!dataModule) throw new Error('usage: node src/steps/data-facts.ts DATA_MODULE [SUMMARIES_JSON]');
  reportResult(await readDataFacts(dataModule, summariesPath));
}
