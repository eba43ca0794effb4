import { createHash } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import type { FileEntry } from '../src/file-entry.ts';
import { BUFFER_SIZE, BufferedWriter } from './buffered-writer.ts';

/** A file's content: whole, or in pieces (strings are written as UTF-8) made one at a time. */
export type Content = string | Uint8Array | Iterable<string | Uint8Array>;

// One buffer for every call, which runs to the end before the next starts: a megabyte allocated per file
// would have the garbage collector sweep the whole heap every few dozen files.
const shared = Buffer.allocUnsafe(BUFFER_SIZE);

/**
 * Writes `content` to `path`, hashing and counting its bytes as they go, and gives its manifest entry under
 * the name `file`. A file bigger than any one string can be written from its pieces; a piece need only stay
 * as it is until the next is asked for.
 */
export function writeHashed(path: string, file: string, content: Content): FileEntry {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const writer = new BufferedWriter(
      fd,
      (chunk) => {
        hash.update(chunk);
        bytes += chunk.byteLength;
      },
      shared,
    );
    const pieces = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
    for (const piece of pieces) writer.write(piece);
    writer.flush();
  } finally {
    closeSync(fd);
  }
  return { file, sha256: hash.digest('hex'), bytes };
}
