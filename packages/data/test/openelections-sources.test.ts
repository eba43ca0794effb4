import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceDirectory } from '../scripts/read-sources.ts';

const SOURCES = join(import.meta.dirname, '..', 'sources');
const FOLDER = join(SOURCES, 'openelections');
const manifest = JSON.parse(readFileSync(join(FOLDER, 'manifest.json'), 'utf8')) as {
  state: string;
  repo: string;
  path: string;
  commit: string;
  bytes: number;
  sha256: string;
}[];
const attribution = readFileSync(join(FOLDER, 'ATTRIBUTION.md'), 'utf8');
const fileOf = (entry: (typeof manifest)[number]) => `${entry.state}/${entry.path.split('/').pop()}`;

describe('sources/openelections/', () => {
  it.each(manifest.map((entry) => [fileOf(entry), entry] as const))(
    '%s is the upstream file byte for byte (size and SHA-256 of the manifest)',
    (file, entry) => {
      const bytes = readFileSync(join(FOLDER, file));
      expect(bytes.byteLength).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    },
  );

  it('credits OpenElections and each file’s repository, path and commit', () => {
    expect(attribution).toContain('OpenElections (openelections.net)');
    for (const entry of manifest) {
      const row = attribution
        .split('\n')
        .find((line) => line.includes(`\`sources/openelections/${fileOf(entry)}\``));
      expect(row).toContain(`\`${entry.repo}\``);
      expect(row).toContain(`\`${entry.path}\``);
      expect(row).toContain(`\`${entry.commit}\``);
    }
  });

  it('is read by the data build beside the articles: every file of the manifest, nothing skipped', () => {
    const { names, csvs, skipped } = readSourceDirectory(SOURCES);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.endsWith('.txt'))).toBe(true);
    expect(csvs).toEqual(manifest.map((entry) => `openelections/${fileOf(entry)}`).sort());
    expect(skipped).toEqual([]);
  });
});
