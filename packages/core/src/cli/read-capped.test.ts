import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readCapped } from './read-capped.js';

const seed = fileURLToPath(
  new URL('../../../data/sources/2004-north-dakota-democratic-caucuses.txt', import.meta.url),
);

describe('readCapped', () => {
  test('reads a whole file under the limit', async () => {
    expect(await readCapped(seed, 1_000_000)).toEqual(new Uint8Array(await readFile(seed)));
  });

  test('stops one byte past the limit, so an oversized document is never loaded whole', async () => {
    const whole = new Uint8Array(await readFile(seed));
    expect(await readCapped(seed, 100)).toEqual(whole.subarray(0, 101));
    expect(await readCapped(seed, 100_000)).toHaveLength(whole.length);
  });

  test('an empty file is no bytes', async () => {
    expect(await readCapped(fileURLToPath(new URL('fixtures/empty.txt', import.meta.url)), 10)).toHaveLength(
      0,
    );
  });

  test('rejects with ENOENT for a missing file and EISDIR for a directory', async () => {
    await expect(
      readCapped(fileURLToPath(new URL('fixtures/none.txt', import.meta.url)), 10),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(readCapped(fileURLToPath(new URL('fixtures', import.meta.url)), 10)).rejects.toMatchObject({
      code: 'EISDIR',
    });
  });
});
