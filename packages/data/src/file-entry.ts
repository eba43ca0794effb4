import { createHash } from 'node:crypto';
import type { SourceCredit } from '@tally/core';

/** A file as the manifest lists it: its path, the sha256 of its bytes and their count; a source, its credit. */
export type FileEntry = { file: string; sha256: string; bytes: number; credit?: SourceCredit };

export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Strings are measured and hashed as the UTF-8 bytes written to disk. */
export function fileEntry(file: string, content: string | Uint8Array): FileEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { file, sha256: sha256Hex(bytes), bytes: bytes.byteLength };
}
