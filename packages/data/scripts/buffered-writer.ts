import { writeSync } from 'node:fs';

/** Pieces are gathered into writes of this many bytes: few system calls, and no allocation per piece. */
export const BUFFER_SIZE = 1 << 20;

/**
 * Writes pieces to an open file through one reusable buffer, a buffer at a time, and passes each chunk
 * written to `written` (to hash it). Synchronous: a build writes many small pieces and thousands of small
 * files, and the thread pool's round trip costs more than each write.
 */
export class BufferedWriter {
  readonly #fd: number;
  readonly #written: (chunk: Uint8Array) => void;
  readonly #buffer: Buffer;
  #used = 0;

  /** `buffer` (of BUFFER_SIZE bytes) may be shared by writers used one after another, never at once. */
  constructor(
    fd: number,
    written: (chunk: Uint8Array) => void = () => {},
    buffer = Buffer.allocUnsafe(BUFFER_SIZE),
  ) {
    this.#fd = fd;
    this.#written = written;
    this.#buffer = buffer;
  }

  /** Writes `piece` (a string as UTF-8), and gives its length in bytes. */
  write(piece: string | Uint8Array): number {
    const free = BUFFER_SIZE - this.#used;
    if (typeof piece === 'string') {
      // Three bytes a UTF-16 unit at most: only a long string needs measuring first.
      const size = piece.length * 3 <= free ? -1 : Buffer.byteLength(piece);
      if (size < 0 || size <= free) {
        const n = this.#buffer.write(piece, this.#used);
        this.#used += n;
        return n;
      }
      this.flush();
      if (size <= BUFFER_SIZE) return this.write(piece);
      this.#writeOut(Buffer.from(piece, 'utf8'));
      return size;
    }
    if (piece.byteLength > free) {
      this.flush();
      if (piece.byteLength > BUFFER_SIZE) {
        this.#writeOut(piece);
        return piece.byteLength;
      }
    }
    this.#buffer.set(piece, this.#used);
    this.#used += piece.byteLength;
    return piece.byteLength;
  }

  /** Writes out what the buffer holds. */
  flush(): void {
    if (this.#used === 0) return;
    const chunk = this.#buffer.subarray(0, this.#used);
    this.#used = 0;
    this.#writeOut(chunk);
  }

  #writeOut(chunk: Uint8Array): void {
    this.#written(chunk);
    for (let done = 0; done < chunk.byteLength; ) done += writeSync(this.#fd, chunk, done);
  }
}
