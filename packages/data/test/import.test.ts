import type { CandidateRecord, Contest, ContestSummary, Manifest, Race } from '@tally/core';
import { candidates, contests, manifest, races, summaries } from '@tally/data';
import { describe, expect, expectTypeOf, it } from 'vitest';

// Imports the built package by its name, as a workspace app does: run after `pnpm --filter @tally/data build`.
describe("import { contests, summaries, races, candidates, manifest } from '@tally/data'", () => {
  it('types each export with its schema from @tally/core', () => {
    expectTypeOf(contests).toEqualTypeOf<Contest[]>();
    expectTypeOf(summaries).toEqualTypeOf<ContestSummary[]>();
    expectTypeOf(races).toEqualTypeOf<Race[]>();
    expectTypeOf(candidates).toEqualTypeOf<CandidateRecord[]>();
    expectTypeOf(manifest).toEqualTypeOf<Manifest>();
  });

  it('gives the four seed contests, audited, by date then id', () => {
    expect(contests.map((contest) => contest.id)).toEqual([
      '2004-nd-democratic-caucus',
      '2004-mi-democratic-caucus',
      '2004-wa-democratic-caucus',
      '2004-nc-democratic-caucus',
    ]);
    expect(summaries.map((summary) => summary.id)).toEqual(contests.map((contest) => contest.id));
    expect(contests.every((contest) => contest.findings.length > 0)).toBe(true);
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
