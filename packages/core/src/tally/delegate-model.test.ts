import { expect, test } from 'vitest';
import { DelegateModel } from '../schema/delegate-model.js';
import { modelDelegates } from './delegate-model.js';
import { buildContest } from './fixtures/contest-builder.js';

const contest = buildContest({
  pledged: 14,
  totalDelegates: 22,
  rows: [
    ['John Kerry', 5366, 50.82, 9],
    ['Wesley Clark', 2502, 23.7, 5],
    ['Howard Dean', 1231, 11.66, 0],
    ['Uncommitted', 500, 4.7, 0, 'uncommitted'],
    ['Write-ins', 100, 1, 0, 'write-in'],
    ['Others', 50, 0.5, 0, 'other'],
  ],
});

test('a labelled statewide model of the pledged delegates beside the delegates actually awarded', () => {
  // Taking part: 5,366 + 2,502 + 1,231 + 500 = 9,599; Kerry 55.9%, Clark 26.1%, Dean 12.8%, Uncommitted 5.2%.
  // 14 × 5,366 / 7,868 = 9.548, 14 × 2,502 / 7,868 = 4.452: 10 and 4.
  const m = modelDelegates(contest);
  expect(m?.model).toBe(true);
  expect(m?.label).toBe(
    'Statewide model (15% threshold, largest remainder): not the real allocation, which happens by district and pool.',
  );
  expect([m?.method, m?.threshold, m?.delegates]).toEqual(['largest-remainder', 0.15, 14]);
  expect(m?.awards.map((a) => [a.candidateId, a.qualified, a.modelDelegates, a.actualDelegates])).toEqual([
    ['john-kerry', true, 10, 9],
    ['wesley-clark', true, 4, 5],
    ['howard-dean', false, 0, 0],
    ['uncommitted', false, 0, 0],
  ]);
  expect(m?.awards[0]?.share).toBe(5366 / 9599);
  expect(() => DelegateModel.parse(m)).not.toThrow();
});

test('the threshold and the rounding method are options, and the label names them', () => {
  // 10%: Kerry, Clark and Dean qualify (9,099). Three decimals: 58.974%, 27.498%, 13.529%;
  // × 14 = 8.256, 3.850, 1.894, rounded 8, 4, 2: fourteen.
  const m = modelDelegates(contest, { threshold: 0.1, method: 'dnc' });
  expect(m?.label).toBe(
    'Statewide model (10% threshold, Democratic Party rounding): not the real allocation, which happens by district and pool.',
  );
  expect(m?.awards.map((a) => a.modelDelegates)).toEqual([8, 4, 2, 0]);
  expect(modelDelegates(contest, { threshold: 0.125 })?.label).toContain('(12.5% threshold, ');
  expect(() => modelDelegates(contest, { threshold: -1 })).toThrow();
});

test('seats fall back to the Total row, then to the rows', () => {
  const rows: [string, number, null, number][] = [
    ['A', 10, null, 3],
    ['B', 10, null, 2],
  ];
  expect(modelDelegates(buildContest({ totalDelegates: 6, rows }))?.delegates).toBe(6);
  expect(modelDelegates(buildContest({ totalDelegates: null, rows }))?.delegates).toBe(5);
});

test('no seats, a fraction of seats, or no votes: no model', () => {
  expect(modelDelegates(buildContest({ rows: [['A', 10, null, null]] }))).toBeNull();
  expect(modelDelegates(buildContest({ rows: [['A', 10, null, 0]] }))).toBeNull();
  expect(modelDelegates(buildContest({ rows: [['A', 10, null, 2.5]] }))).toBeNull();
  expect(modelDelegates(buildContest({ pledged: 4, rows: [['A', null, 100, 4]] }))).toBeNull();
  expect(
    modelDelegates(buildContest({ pledged: 4, rows: [['Write-ins', 9, null, 0, 'write-in']] })),
  ).toBeNull();
});
