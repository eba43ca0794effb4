import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BufferedWriter } from './buffered-writer.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-writer-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `pieces` to a fresh file; gives what each write returned, the chunks seen and the file's text. */
function written(pieces: (string | Uint8Array)[]) {
  const path = join(dir, 'out');
  const fd = openSync(path, 'w');
  const chunks: number[] = [];
  const writer = new BufferedWriter(fd, (chunk) => chunks.push(chunk.byteLength));
  const sizes = pieces.map((piece) => writer.write(piece));
  writer.flush();
  closeSync(fd);
  return { sizes, chunks, text: readFileSync(path, 'utf8') };
}

describe('BufferedWriter', () => {
  it('gives the UTF-8 length of each piece, and writes small pieces as one chunk', () => {
    expect(written(['Jó', new TextEncoder().encode('hn'), ' Kerry'])).toEqual({
      sizes: [3, 2, 6],
      chunks: [11],
      text: 'Jóhn Kerry',
    });
  });

  it('writes text of two-byte characters that runs past the buffer, and a string longer than it', () => {
    const head = 'a'.repeat((1 << 20) - 1);
    const long = 'é'.repeat(600_000);
    const { sizes, chunks, text } = written([head, 'éé', long, 'z']);
    expect(sizes).toEqual([(1 << 20) - 1, 4, 1_200_000, 1]);
    // The buffer's last byte cannot take a two-byte character: it is written out first, one byte short.
    expect(chunks).toEqual([(1 << 20) - 1, 4, 1_200_000, 1]);
    expect(text).toBe(`${head}éé${long}z`);
  });

  it('writes bytes longer than the buffer as they are', () => {
    const big = new Uint8Array(3 << 20).fill(0x41);
    expect(written(['<', big, '>']).text).toBe(`<${'A'.repeat(3 << 20)}>`);
  });
});
