import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSpool, type Spool } from './spool.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-spool-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// Each piece is good only until the next is read, so each is decoded as it comes.
const text = (pieces: Iterable<Uint8Array>) =>
  Array.from(pieces, (piece) => Buffer.from(piece).toString('utf8'));

describe('openSpool', () => {
  let spool: Spool;
  beforeEach(() => {
    spool = openSpool(join(root, 'dist'));
  });

  it('gives back the pieces appended, in the order asked for', () => {
    const a = spool.append('Iowa');
    const b = spool.append('Jóhn Kerry');
    expect([a, b]).toEqual([
      { offset: 0, length: 4 },
      { offset: 4, length: 11 },
    ]);
    expect(text(spool.read([b, a, b]))).toEqual(['Jóhn Kerry', 'Iowa', 'Jóhn Kerry']);
    spool.close();
  });

  it('keeps pieces written to disk in several writes', () => {
    const piece = (i: number) => `${String(i).padStart(6, '0')}${'x'.repeat(9994)}`;
    const ranges = [];
    for (let i = 0; i < 300; i++) ranges.push(spool.append(piece(i)));
    expect(text(spool.read([ranges[299], ranges[0], ranges[150]].flatMap((r) => (r ? [r] : []))))).toEqual([
      piece(299),
      piece(0),
      piece(150),
    ]);
    spool.close();
  });

  it('lives beside the target and is gone once closed', async () => {
    expect((await readdir(root))[0]).toMatch(/^\.dist-spool-/);
    spool.close();
    expect(await readdir(root)).toEqual([]);
  });
});
