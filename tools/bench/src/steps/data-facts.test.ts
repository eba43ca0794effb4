import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFacts } from './data-facts.ts';

describe('readDataFacts', () => {
  it("reads the facts from the summaries beside the data module, without the contests' file", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-facts-'));
    try {
      const summaries = [
        { id: '2004-nd-democratic-caucus', year: 2004, state: 'North Dakota' },
        { id: '2008-ia-republican-caucus', year: 2008, state: 'Iowa' },
      ];
      await writeFile(join(dir, 'index.json'), JSON.stringify(summaries, null, 2));
      const out = join(dir, 'summaries.json');
      expect(await readDataFacts(join(dir, 'index.js'), out)).toEqual({
        contests: 2,
        firstId: '2004-nd-democratic-caucus',
        lastId: '2008-ia-republican-caucus',
        lastYear: 2008,
        searchTerm: 'iowa',
        ids: ['2004-nd-democratic-caucus', '2008-ia-republican-caucus'],
        lookupIds: ['2004-nd-democratic-caucus', '2008-ia-republican-caucus'],
      });
      expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(summaries);
      expect((await readDataFacts(join(dir, 'index.js'))).ids).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
