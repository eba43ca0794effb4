import type { CandidateRecord, Contest, ContestSummary, Manifest, Race } from '@tally/core';
import { candidates, contests, manifest, races, summaries, unitsOf } from '@tally/data';
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

  it('gives every contest of the sources, audited, by date then id, the seeds among them', () => {
    const ids = contests.map((contest) => contest.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        '2004-nd-democratic-caucus',
        '2004-mi-democratic-caucus',
        '2004-wa-democratic-caucus',
        '2004-nc-democratic-caucus',
      ]),
    );
    const order = contests.map((contest) => `${contest.date ?? '9999'} ${contest.id}`);
    expect(order).toEqual([...order].sort());
    expect(summaries.map((summary) => summary.id)).toEqual(ids);
    // The seeds by name, in their order: the checks below are theirs, whatever else sources/ holds.
    expect(
      contests.map((contest) => contest.id).filter((id) => (SEED_IDS as readonly string[]).includes(id)),
    ).toEqual([...SEED_IDS]);
    const seeds = contests.filter((contest) => (SEED_IDS as readonly string[]).includes(contest.id));
    expect(seeds.every((contest) => contest.findings.length > 0)).toBe(true);
  });

  it('credits each contest’s sources, and loads the coarsest units of a contest when asked', async () => {
    for (const contest of contests) {
      expect(contest.sources?.[0]?.file).toBe(contest.source.file);
      for (const source of contest.sources ?? []) expect(source.credit.text.length).toBeGreaterThan(0);
      expect(contest.units).toBeUndefined();
    }
    expect(manifest.credits.map((credit) => credit.kind).sort()).toEqual(
      [...new Set(contests.flatMap((contest) => (contest.sources ?? []).map((s) => s.credit.kind)))].sort(),
    );
    const fromFiles = contests.filter((contest) => contest.format === 'openelections-csv');
    expect(fromFiles.length).toBeGreaterThan(0);
    for (const contest of fromFiles) {
      const units = await unitsOf(contest.id);
      expect(units?.length, contest.id).toBeGreaterThan(0);
      for (const unit of units ?? []) expect(unit.parent).toBeNull();
    }
    const article = contests.find((contest) => contest.format === undefined);
    expect(await unitsOf(article?.id ?? '')).toBeNull();
    expect(await unitsOf('index')).toBeNull();
    expect(await unitsOf('../manifest')).toBeNull();
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
