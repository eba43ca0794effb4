import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceDocument } from './source-document.js';

describe('readSourceDocument', () => {
  it('reads a document named by its path in the data package or by its bare name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tally-docs-'));
    await mkdir(join(root, 'sources'));
    await writeFile(join(root, 'sources', 'a.txt'), '= A =\n');
    expect(await readSourceDocument('sources/a.txt', root)).toBe('= A =\n');
    expect(await readSourceDocument('a.txt', root)).toBe('= A =\n');
  });

  it('names the file it could not find', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tally-docs-'));
    await expect(readSourceDocument('missing.txt', root)).rejects.toThrow(
      /source document missing\.txt not found/,
    );
  });
});
