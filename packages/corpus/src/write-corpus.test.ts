import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocument } from './generate-document.ts';
import { writeCorpus } from './write-corpus.ts';

describe('writeCorpus', () => {
  it('writes n files whose bytes add up to the reported total', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tally-corpus-'));
    try {
      const stats = await writeCorpus(dir, 12, 7);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(stats.files);
      let bytes = 0;
      for (const f of files) bytes += (await readFile(join(dir, f))).byteLength;
      expect(bytes).toBe(stats.bytes);
      expect(await readFile(join(dir, stats.files[3] as string), 'utf8')).toBe(generateDocument(7, 3).text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
