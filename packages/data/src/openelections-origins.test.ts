import { describe, expect, it } from 'vitest';
import { originWarnings, readOrigins } from './openelections-origins.ts';

const entry = {
  state: 'ms',
  year: 2004,
  repo: 'openelections/openelections-data-ms',
  path: '2004/20040309__ms__democrat__primary__alcorn.csv',
  commit: 'e'.repeat(40),
  bytes: 10,
  sha256: 'a'.repeat(64),
  level: 'precinct',
};
const FILE = 'sources/openelections/manifest.json';

describe('readOrigins', () => {
  it('gives each file’s repository, path and commit by its place in sources/', () => {
    const { origins, problems } = readOrigins(JSON.stringify([entry]), FILE);
    expect(problems).toEqual([]);
    expect(origins.get('openelections/ms/20040309__ms__democrat__primary__alcorn.csv')).toEqual({
      repository: entry.repo,
      path: entry.path,
      commit: entry.commit,
      bytes: 10,
      sha256: 'a'.repeat(64),
    });
  });

  it('stops the build on a manifest that does not read, naming the entry', () => {
    expect(readOrigins('{', FILE).problems[0]?.message).toMatch(/^not JSON/);
    const problems = readOrigins(JSON.stringify([{ ...entry, commit: 'abc' }]), FILE).problems;
    expect(problems.map((p) => [p.code, p.message.split(':')[0]])).toEqual([
      ['openelections-manifest-invalid', 'entry 0.commit'],
    ]);
  });

  it('reads no manifest as no origins', () => {
    expect(readOrigins(null, FILE)).toEqual({ origins: new Map(), problems: [] });
  });
});

describe('originWarnings', () => {
  const csv = 'openelections/ms/20040309__ms__democrat__primary__alcorn.csv';
  const origin = readOrigins(JSON.stringify([entry]), FILE).origins.get(csv);

  it('says nothing of a file that is its origin byte for byte', () => {
    expect(originWarnings(csv, origin, { bytes: 10, sha256: 'a'.repeat(64) }, FILE)).toEqual([]);
  });

  it('warns of a file with no origin, and of one changed since it was copied', () => {
    expect(originWarnings(csv, undefined, { bytes: 10, sha256: 'a'.repeat(64) }, FILE)).toEqual([
      expect.objectContaining({ code: 'source-unattributed', file: FILE }),
    ]);
    expect(originWarnings(csv, origin, { bytes: 11, sha256: 'b'.repeat(64) }, FILE)).toEqual([
      expect.objectContaining({ code: 'source-origin-mismatch', file: `sources/${csv}` }),
    ]);
  });
});
