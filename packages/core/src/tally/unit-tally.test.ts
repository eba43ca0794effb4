import { describe, expect, test } from 'vitest';
import type { UnitResult } from '../schema/unit.js';
import { tallyUnit } from './unit-tally.js';

const result = (
  candidate: string,
  votes: number | null,
  kind: UnitResult['kind'] = 'candidate',
): UnitResult => ({
  candidate,
  candidateId: candidate.toLowerCase().replaceAll(' ', '-'),
  kind,
  votes,
  lines: [1],
});

describe('tallyUnit', () => {
  test('ranks the choices by votes, gives each its share and the leading real candidate the win', () => {
    const tally = tallyUnit({
      results: [result('Ann Able', 30), result('Uncommitted', 50, 'uncommitted'), result('Bo Baker', 20)],
    });
    expect(tally.votes).toBe(100);
    expect(tally.standings.map((s) => [s.candidateId, s.rank, s.share])).toEqual([
      ['uncommitted', 1, 0.5],
      ['ann-able', 2, 0.3],
      ['bo-baker', 3, 0.2],
    ]);
    expect(tally.outcome).toBe('decided');
    expect(tally.winner).toEqual({ candidateId: 'ann-able', candidate: 'Ann Able' });
    expect(tally.margin?.votes).toBe(10);
    expect(tally.margin?.points).toBeCloseTo(10, 10);
  });

  test('two real candidates with the most votes tie; ties share a rank', () => {
    const tally = tallyUnit({
      results: [result('Ann Able', 5), result('Bo Baker', 5), result('Cy Cole', 1)],
    });
    expect([tally.outcome, tally.winner, tally.margin]).toEqual(['tied', null, null]);
    expect(tally.standings.map((s) => s.rank)).toEqual([1, 1, 3]);
  });

  test('a choice without a figure is listed last, without a share, and cannot win', () => {
    const tally = tallyUnit({ results: [result('Ann Able', null), result('Bo Baker', 3)] });
    expect(tally.standings.map((s) => [s.candidateId, s.votes, s.share, s.rank])).toEqual([
      ['bo-baker', 3, 1, 1],
      ['ann-able', null, null, 2],
    ]);
    expect(tally.winner?.candidateId).toBe('bo-baker');
  });

  test('no real candidate with a count is no-votes', () => {
    expect(
      tallyUnit({ results: [result('Uncommitted', 4, 'uncommitted'), result('Ann Able', null)] }).outcome,
    ).toBe('no-votes');
    expect(tallyUnit({ results: [] })).toMatchObject({ votes: null, outcome: 'no-votes', standings: [] });
    // A county every count of which is 0: nobody won it, nobody tied.
    expect(tallyUnit({ results: [result('Ann Able', 0), result('Bo Baker', 0)] })).toMatchObject({
      votes: 0,
      outcome: 'no-votes',
      winner: null,
    });
  });
});
