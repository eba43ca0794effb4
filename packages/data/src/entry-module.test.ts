import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_DTS, ENTRY_JS } from './entry-module.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-entry-'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(dir, 'contests.json'), '[{ "id": "2004-nd-democratic-caucus" }]\n');
  await writeFile(join(dir, 'index.json'), '[{ "id": "2004-nd-democratic-caucus" }]\n');
  await writeFile(join(dir, 'candidates.json'), '[]\n');
  await writeFile(join(dir, 'races.json'), '[]\n');
  await writeFile(join(dir, 'manifest.json'), '{ "name": "@tally/data" }\n');
  await mkdir(join(dir, 'units'));
  await writeFile(join(dir, 'units', '2004-ms-democratic-primary.json'), '[{ "id": "county-alcorn" }]\n');
  await writeFile(join(dir, 'units', 'index.json'), '[]\n');
  await writeFile(join(dir, 'index.js'), ENTRY_JS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the entry module', () => {
  it('exports the five JSON files under their names when Vite loads it', async () => {
    const entry = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'index.js')).href);
    expect(Object.keys(entry).sort()).toEqual([
      'candidates',
      'contests',
      'manifest',
      'races',
      'summaries',
      'unitsOf',
    ]);
    expect(entry.contests).toEqual([{ id: '2004-nd-democratic-caucus' }]);
    expect(entry.manifest).toEqual({ name: '@tally/data' });
  });

  it('loads a contest’s units when asked; none for a contest without, an unknown id or a path', async () => {
    const entry = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'index.js')).href);
    expect(await entry.unitsOf('2004-ms-democratic-primary')).toEqual([{ id: 'county-alcorn' }]);
    expect(await entry.unitsOf('2004-nd-democratic-caucus')).toBeNull();
    expect(await entry.unitsOf('index')).toBeNull();
    expect(await entry.unitsOf('../index')).toBeNull();
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)}); console.log(JSON.stringify(await m.unitsOf('2004-ms-democratic-primary')));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout).toBe('[{"id":"county-alcorn"}]\n');
  });

  it('loads in plain Node, with no loader or flag', async () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)}); console.log(m.summaries[0].id);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout).toBe('2004-nd-democratic-caucus\n');
  });

  it('declares each export with its type from @tally/core', () => {
    expect(ENTRY_DTS).toContain(
      "import type { CandidateRecord, Contest, ContestSummary, Manifest, Race, Unit } from '@tally/core';",
    );
    expect(ENTRY_DTS.match(/^export declare const .*$/gm)).toEqual([
      'export declare const contests: Contest[];',
      'export declare const summaries: ContestSummary[];',
      'export declare const races: Race[];',
      'export declare const candidates: CandidateRecord[];',
      'export declare const manifest: Manifest;',
    ]);
    expect(ENTRY_DTS).toContain(
      'export declare function unitsOf(contestId: string): Promise<Unit[] | null>;',
    );
  });
});
