import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BufferedWriter } from './buffered-writer.ts';

/** Where one piece stands in the spool. */
export type SpoolRange = { offset: number; length: number };

/**
 * A scratch file for pieces of output whose order is known only at the end (the contests are read in
 * file-name order and listed by date): append each piece as it is made, read them back in any order.
 */
export type Spool = {
  append(text: string): SpoolRange;
  /** The pieces at `ranges`, in that order, as bytes, each good only until the next is read. */
  read(ranges: Iterable<SpoolRange>): Generator<Uint8Array>;
  /** Deletes the scratch file. */
  close(): void;
};

/** A spool in a scratch folder beside `target`, on its file system rather than in memory. */
export function openSpool(target: string): Spool {
  const folder = mkdtempSync(join(dirname(target), `.${basename(target)}-spool-`));
  const fd = openSync(join(folder, 'spool'), 'w+');
  const writer = new BufferedWriter(fd);
  let size = 0;
  let buffer = Buffer.allocUnsafe(1 << 16);
  return {
    append(text) {
      const length = writer.write(text);
      const range = { offset: size, length };
      size += length;
      return range;
    },
    *read(ranges) {
      writer.flush();
      for (const { offset, length } of ranges) {
        if (length > buffer.byteLength) buffer = Buffer.allocUnsafe(length);
        for (let done = 0; done < length; ) {
          const read = readSync(fd, buffer, done, length - done, offset + done);
          if (read === 0) throw new Error(`spool: range ${offset}+${length} runs past its end`);
          done += read;
        }
        yield buffer.subarray(0, length);
      }
    },
    close() {
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
