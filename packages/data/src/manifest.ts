import { createHash } from 'node:crypto';
import { Manifest } from '@tally/core';
import type { FileEntry } from './file-entry.ts';

export const LICENSE = 'CC-BY-SA-4.0';
export const ATTRIBUTION =
  'Built from English Wikipedia articles (see sources/ and ATTRIBUTION.md), by the Wikipedia contributors ' +
  'listed in each article’s history, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). ' +
  'This data is a derivative work shared under the same licence.';

const byFile = (a: FileEntry, b: FileEntry) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The data version: sha256 over one line per entry, `input|output <sha256> <bytes> <file>\n`,
 * inputs then outputs, each sorted by path. Any changed byte in or out gives a new hash.
 */
export function manifestHash(inputs: readonly FileEntry[], outputs: readonly FileEntry[]): string {
  const hash = createHash('sha256');
  for (const [kind, entries] of [
    ['input', inputs],
    ['output', outputs],
  ] as const) {
    for (const entry of [...entries].sort(byFile)) {
      hash.update(`${kind} ${entry.sha256} ${entry.bytes} ${entry.file}\n`);
    }
  }
  return hash.digest('hex');
}

export function buildManifest(parts: {
  version: string;
  builder: { name: string; version: string };
  counts: Manifest['counts'];
  inputs: readonly FileEntry[];
  outputs: readonly FileEntry[];
}): Manifest {
  const inputs = [...parts.inputs].sort(byFile);
  const outputs = [...parts.outputs].sort(byFile);
  return Manifest.parse({
    name: '@tally/data',
    version: parts.version,
    builder: parts.builder,
    license: LICENSE,
    attribution: ATTRIBUTION,
    counts: parts.counts,
    inputs,
    outputs,
    hash: manifestHash(inputs, outputs),
  });
}
