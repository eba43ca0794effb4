import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  byDateThenId,
  type CandidateRecord,
  type Contest,
  type ContestSummary,
  type Manifest,
  parseContest,
  type Race,
} from '@tally/core';
import { candidates, contests, manifest, races, summaries } from '@tally/data';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SEED_IDS } from '../src/fixtures/seeds.ts';

// Imports the built package by its name, as a workspace app does: run after `pnpm --filter @tally/data build`.
describe("import { contests, summaries, races, candidates, manifest } from '@tally/data'", () => {
  it('types each export with its schema from @tally/core', () => {
    expectTypeOf(contests).toEqualTypeOf<Contest[]>();
    expectTypeOf(summaries).toEqualTypeOf<ContestSummary[]>();
    expectTypeOf(races).toEqualTypeOf<Race[]>();
    expectTypeOf(candidates).toEqualTypeOf<CandidateRecord[]>();
    expectTypeOf(manifest).toEqualTypeOf<Manifest>();
  });

  it('gives a contest for each document of sources/, audited, by date then id; the seeds among them', async () => {
    const sources = join(import.meta.dirname, '..', 'sources');
    const read: Contest[] = [];
    for (const name of (await readdir(sources)).filter((file) => file.endsWith('.txt'))) {
      const parsed = parseContest(await readFile(join(sources, name)), { file: `sources/${name}` });
      if (parsed.ok) read.push(parsed.contest);
    }
    expect(contests.map((contest) => contest.id)).toEqual(
      [...read].sort(byDateThenId).map((contest) => contest.id),
    );
    expect(
      contests.map((contest) => contest.id).filter((id) => (SEED_IDS as readonly string[]).includes(id)),
    ).toEqual([...SEED_IDS]);
    expect(summaries.map((summary) => summary.id)).toEqual(contests.map((contest) => contest.id));
    const seeds = contests.filter((contest) => (SEED_IDS as readonly string[]).includes(contest.id));
    expect(seeds.every((contest) => contest.findings.length > 0)).toBe(true);
  });

  it('agrees with its manifest', () => {
    expect(manifest.name).toBe('@tally/data');
    expect(manifest.counts.contests).toBe(contests.length);
    expect(manifest.counts.candidates).toBe(candidates.length);
    expect(manifest.counts.races).toBe(races.length);
    expect(races.map((race) => race.id)).toEqual(
      [...new Set(contests.map((contest) => contest.raceId))].sort(),
    );
    expect(manifest.license).toBe('CC-BY-SA-4.0');
  });
});
