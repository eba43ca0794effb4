import { articleCredit, openElectionsCredit } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { fileEntry, sha256Hex } from './file-entry.ts';
import { buildManifest, manifestHash } from './manifest.ts';

const counts = {
  sources: 1,
  contests: 1,
  candidates: 2,
  races: 1,
  results: 2,
  units: 0,
  findings: { error: 0, warning: 1, info: 0, acknowledged: 0 },
};

describe('manifestHash', () => {
  it('hashes one line per entry, inputs first, each sorted by path', () => {
    const a = { file: 'b.json', sha256: 'f'.repeat(64), bytes: 3 };
    const b = { file: 'a.json', sha256: 'e'.repeat(64), bytes: 2 };
    const input = { file: 'sources/x.txt', sha256: 'd'.repeat(64), bytes: 1 };
    expect(manifestHash([input], [a, b])).toBe(
      sha256Hex(
        `input ${'d'.repeat(64)} 1 sources/x.txt\noutput ${'e'.repeat(64)} 2 a.json\noutput ${'f'.repeat(64)} 3 b.json\n`,
      ),
    );
  });

  it('changes when one output byte changes', () => {
    const input = fileEntry('sources/x.txt', 'x');
    expect(manifestHash([input], [fileEntry('a.json', '1')])).not.toBe(
      manifestHash([input], [fileEntry('a.json', '2')]),
    );
  });
});

describe('buildManifest', () => {
  it('names the package, the builder, the licence and the attribution, and sorts the entries', () => {
    const manifest = buildManifest({
      version: '0.1.0',
      builder: { name: '@tally/core', version: '0.1.0' },
      counts,
      inputs: [fileEntry('sources/x.txt', 'x')],
      outputs: [fileEntry('results.csv', 'r'), fileEntry('contests.json', 'c')],
    });
    expect(manifest.name).toBe('@tally/data');
    expect(manifest.builder).toEqual({ name: '@tally/core', version: '0.1.0' });
    expect(manifest.license).toBe('CC-BY-SA-4.0');
    expect(manifest.attribution).toContain('Wikipedia');
    expect(manifest.attribution).toContain('CC BY-SA 4.0');
    expect(manifest.outputs.map((entry) => entry.file)).toEqual(['contests.json', 'results.csv']);
    expect(manifest.hash).toBe(manifestHash(manifest.inputs, manifest.outputs));
  });
});

describe('the manifest’s credits', () => {
  it('names each kind of source the inputs credit, with how many, and the attribution says both', () => {
    const article = { ...fileEntry('sources/a.txt', 'a'), credit: articleCredit('2004 A caucuses') };
    const file = {
      ...fileEntry('sources/openelections/ms/x.csv', 'x'),
      credit: openElectionsCredit({
        repository: 'openelections/openelections-data-ms',
        path: 'x.csv',
        commit: 'c'.repeat(40),
      }),
    };
    const manifest = buildManifest({
      version: '0.1.0',
      builder: { name: '@tally/core', version: '0.1.0' },
      counts,
      inputs: [article, file, { ...file, file: 'sources/openelections/ms/y.csv' }],
      outputs: [],
    });
    expect(manifest.credits.map((credit) => [credit.kind, credit.name, credit.sources])).toEqual([
      ['wikipedia', 'Wikipedia', 1],
      ['openelections', 'OpenElections (openelections.net)', 2],
    ]);
    expect(manifest.attribution).toContain('CC BY-SA 4.0');
    expect(manifest.attribution).toContain('OpenElections (openelections.net)');
    expect(manifest.inputs[0]?.credit?.title).toBe('2004 A caucuses');
  });
});
