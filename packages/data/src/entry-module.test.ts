import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  await writeFile(join(dir, 'index.js'), ENTRY_JS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the entry module', () => {
  it('exports the five JSON files under their names when Vite loads it', async () => {
    const entry = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'index.js')).href);
    expect(Object.keys(entry).sort()).toEqual(['candidates', 'contests', 'manifest', 'races', 'summaries']);
    expect(entry.contests).toEqual([{ id: '2004-nd-democratic-caucus' }]);
    expect(entry.manifest).toEqual({ name: '@tally/data' });
  });

  it('loads in plain Node, with no loader or flag', async () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)}); console.log(m.summaries[0].id);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout).toBe('2004-nd-democratic-caucus\n');
  });

  it('declares each export with its type from @tally/core', () => {
    expect(ENTRY_DTS).toContain(
      "import type { CandidateRecord, Contest, ContestSummary, Manifest, Race } from '@tally/core';",
    );
    expect(ENTRY_DTS.match(/^export declare const .*$/gm)).toEqual([
      'export declare const contests: Contest[];',
      'export declare const summaries: ContestSummary[];',
      'export declare const races: Race[];',
      'export declare const candidates: CandidateRecord[];',
      'export declare const manifest: Manifest;',
    ]);
  });
});
