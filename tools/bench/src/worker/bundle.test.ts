import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataBytes } from './bundle.ts';

describe('bundledDataBytes', () => {
  it('adds up the files the data module imports, and only those', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-data-'));
    try {
      await writeFile(
        join(dir, 'index.js'),
        "import contests from './contests.json' with { type: 'json' };\nimport summaries from \"./index.json\" with { type: 'json' };\nexport { contests, summaries };\n",
      );
      await writeFile(join(dir, 'contests.json'), '[1,2,3]');
      await writeFile(join(dir, 'index.json'), '[]');
      await writeFile(join(dir, 'tally.json'), '{"not":"imported"}');
      expect(await bundledDataBytes(join(dir, 'index.js'))).toBe(9);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
