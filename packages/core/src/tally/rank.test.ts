import { expect, test } from 'vitest';
import { buildContest } from './fixtures/contest-builder.js';
import { rankRows } from './rank.js';

test('ranks by votes whatever the table order, ties sharing a rank and the next rank skipping', () => {
  const c = buildContest({
    rows: [
      ['Al Sharpton', 10, null, 0],
      ['John Edwards', 30, null, 0],
      ['Howard Dean', 10, null, 0],
      ['John Kerry', 50, null, 0],
      ['Joe Lieberman', 0, null, 0],
    ],
  });
  expect(rankRows(c.results).map((r) => [r.rank, r.candidate, r.share, r.line])).toEqual([
    [1, 'John Kerry', 0.5, 13],
    [2, 'John Edwards', 0.3, 11],
    [3, 'Al Sharpton', 0.1, 10],
    [3, 'Howard Dean', 0.1, 12],
    [5, 'Joe Lieberman', 0, 14],
  ]);
});

test('a table of shares only ranks by the stated percent, with no computed share', () => {
  const c = buildContest({
    rows: [
      ['A', null, 20, null],
      ['B', null, 80, null],
    ],
  });
  expect(rankRows(c.results).map((r) => [r.rank, r.candidate, r.share])).toEqual([
    [1, 'B', null],
    [2, 'A', null],
  ]);
});

test('a row without votes ranks after every row with votes, whatever its percent', () => {
  const c = buildContest({
    rows: [
      ['Percent only', null, 60, null],
      ['Nothing', null, null, null],
      ['Few votes', 5, 1, null],
      ['Many votes', 95, 39, null],
      ['Also nothing', null, null, null],
    ],
  });
  expect(rankRows(c.results).map((r) => [r.rank, r.candidate])).toEqual([
    [1, 'Many votes'],
    [2, 'Few votes'],
    [3, 'Percent only'],
    [4, 'Nothing'],
    [4, 'Also nothing'],
  ]);
});

test('carries the kind, the withdrawn flag and the stated figures through', () => {
  const c = buildContest({ rows: [['Uncommitted', 7, 70, 2, 'uncommitted', true]] });
  expect(rankRows(c.results)[0]).toEqual({
    rank: 1,
    candidate: 'Uncommitted',
    candidateId: 'uncommitted',
    kind: 'uncommitted',
    withdrawn: true,
    votes: 7,
    share: 1,
    percent: 70,
    delegates: 2,
    line: 10,
  });
});
