import { open } from 'node:fs/promises';

const CHUNK = 64 * 1024;

/**
 * Reads a file's bytes, but never more than `limit + 1` of them: enough for the parser to refuse an
 * oversized document without the CLI loading all of it. Rejects with the system's error (ENOENT,
 * EISDIR, EACCES, ...) when the file cannot be read.
 */
export async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).isDirectory()) {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
        code: 'EISDIR',
      });
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= limit) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
