import { createHash } from 'node:crypto';
import { kindCredit, Manifest, type ManifestCredit, type SourceKind } from '@tally/core';
import type { FileEntry } from './file-entry.ts';

export const LICENSE = 'CC-BY-SA-4.0';
const WIKIPEDIA_LINE =
  'Built from English Wikipedia articles (see sources/ and ATTRIBUTION.md), by the Wikipedia contributors ' +
  'listed in each article’s history, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). ' +
  'This data is a derivative work shared under the same licence.';
const OPENELECTIONS_LINE =
  'Vote counts by county and precinct from OpenElections (openelections.net): results files of its ' +
  'openelections-data-<state> repositories on GitHub, each credited in ATTRIBUTION.md and the manifest’s inputs ' +
  'with its repository, path and commit.';
/** The attribution of a package built from articles only. */
export const ATTRIBUTION = WIKIPEDIA_LINE;

/** The manifest's attribution: a sentence for each kind of source the build read. */
export function attributionLine(articles: boolean, openElections: boolean): string {
  return [...(articles ? [WIKIPEDIA_LINE] : []), ...(openElections ? [OPENELECTIONS_LINE] : [])].join(' ');
}

/** Each kind of source the inputs credit, with the number of source documents of that kind. */
export function manifestCredits(inputs: readonly FileEntry[]): ManifestCredit[] {
  const counts = new Map<SourceKind, number>();
  for (const input of inputs) {
    if (input.credit) counts.set(input.credit.kind, (counts.get(input.credit.kind) ?? 0) + 1);
  }
  return (['wikipedia', 'openelections'] as const)
    .filter((kind) => counts.has(kind))
    .map((kind) => ({ kind, ...kindCredit(kind), sources: counts.get(kind) ?? 0 }));
}

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
  const credits = manifestCredits(inputs);
  const kinds = new Set(credits.map((credit) => credit.kind));
  return Manifest.parse({
    name: '@tally/data',
    version: parts.version,
    builder: parts.builder,
    license: LICENSE,
    attribution:
      kinds.size === 0 ? ATTRIBUTION : attributionLine(kinds.has('wikipedia'), kinds.has('openelections')),
    credits,
    counts: parts.counts,
    inputs,
    outputs,
    hash: manifestHash(inputs, outputs),
  });
}
