import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows, rowLine, withRow } from './fixtures/contest.js';
import {
  checkCountMissing,
  checkDelegatesUnknown,
  checkPercentMissing,
  checkTotalFigureMissing,
} from './missing-figures.js';

describe('checkCountMissing', () => {
  it('finds nothing when every row gives its count', () => {
    expect(checkCountMissing(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('names the row without a count and the gap it leaves against the Total row', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Al Sharpton', { votes: '-' }),
      total: { votes: '10,558' },
    });
    const row = rowLine(contest, 'Al Sharpton');
    expect(checkCountMissing(contest)).toEqual([
      {
        code: 'count-missing',
        severity: 'warning',
        message:
          'Al Sharpton has "-" where its count should be; the 6 rows read add up to 10,530 of the Total row\'s 10,558, leaving 28 votes unaccounted for.',
        line: row,
        lines: [row, contest.totals.line],
      },
    ]);
  });

  it('says the winner is undetermined when the row could hold enough to win', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'John Kerry', { votes: null }),
      total: { votes: '10,558' },
    });
    const row = rowLine(contest, 'John Kerry');
    expect(checkCountMissing(contest)).toEqual([
      {
        code: 'count-missing',
        severity: 'warning',
        message:
          "John Kerry has a blank cell where its count should be; the 6 rows read add up to 5,192 of the Total row's 10,558, leaving 5,366 votes unaccounted for: enough to change who won, so the winner is undetermined.",
        line: row,
        lines: [row, contest.totals.line],
      },
    ]);
  });

  it('says the runner-up is undetermined when the row could only change who came second', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Wesley Clark', { votes: 'n/a' }),
      total: { votes: '10,558' },
    });
    expect(checkCountMissing(contest)[0]?.message).toBe(
      'Wesley Clark has "n/a" where its count should be; the 6 rows read add up to 8,056 of the Total row\'s 10,558, leaving 2,502 votes unaccounted for: enough to change who came second, so the runner-up and margin are undetermined.',
    );
  });

  it('lists several rows, the first of them as the line', () => {
    const rows = withRow(withRow(northDakotaRows, 'Howard Dean', { votes: '?' }), 'John Edwards', {
      votes: '?',
    });
    const contest = makeContest({ rows, total: { votes: '10,558' } });
    const dean = rowLine(contest, 'Howard Dean');
    const edwards = rowLine(contest, 'John Edwards');
    expect(checkCountMissing(contest)).toEqual([
      {
        code: 'count-missing',
        severity: 'warning',
        message:
          "Howard Dean, John Edwards have no count; the 5 rows read add up to 8,302 of the Total row's 10,558, leaving 2,256 votes unaccounted for.",
        line: dean,
        lines: [dean, edwards, contest.totals.line],
      },
    ]);
  });

  it('names three rows and how many more when more than four lack a count', () => {
    const rows = northDakotaRows.map((row, index) => (index >= 2 ? { ...row, votes: '–' } : row));
    const contest = makeContest({ rows, total: { votes: '10,558' } });
    expect(checkCountMissing(contest)[0]?.message).toBe(
      "Howard Dean, John Edwards, Dennis Kucinich and 2 more have no count; the 2 rows read add up to 7,868 of the Total row's 10,558, leaving 2,690 votes unaccounted for.",
    );
  });

  it('says nothing bounds the gap when the Total row gives no count either', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Al Sharpton', { votes: null }),
      total: { votes: null },
    });
    expect(checkCountMissing(contest)[0]?.message).toBe(
      'Al Sharpton has a blank cell where its count should be; the Total row gives no count either, so nothing says how many are missing: enough to change who won, so the winner is undetermined.',
    );
  });

  it("says when the rows read already exceed the Total row (the row's own 0.27% still bounds it)", () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Al Sharpton', { votes: null }),
      total: { votes: '10,000' },
    });
    expect(checkCountMissing(contest)[0]?.message).toBe(
      "Al Sharpton has a blank cell where its count should be; the rows read already add up to 10,530, more than the Total row's 10,000.",
    );
  });

  it('uses the table’s unit', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Al Sharpton', { votes: null }),
      total: { votes: '10,558' },
      unit: 'caucus-goers',
    });
    expect(checkCountMissing(contest)[0]?.message).toBe(
      "Al Sharpton has a blank cell where its count should be; the 6 rows read add up to 10,530 of the Total row's 10,558, leaving 28 caucus-goers unaccounted for.",
    );
  });

  it('finds nothing in a table that does not count', () => {
    const rows = northDakotaRows.map((row) => ({ ...row, votes: null }));
    expect(checkCountMissing(makeContest({ rows, total: { votes: null }, unit: null }))).toEqual([]);
  });
});

describe('checkPercentMissing', () => {
  it('names a row without a percent where the others state theirs', () => {
    const contest = makeContest({ rows: withRow(northDakotaRows, 'Dennis Kucinich', { percent: '—' }) });
    const row = rowLine(contest, 'Dennis Kucinich');
    expect(checkPercentMissing(contest)).toEqual([
      {
        code: 'percent-missing',
        severity: 'warning',
        message: 'Dennis Kucinich gives no percent where the other rows state theirs.',
        line: row,
        lines: [row],
      },
    ]);
  });

  it('names several rows', () => {
    const rows = withRow(withRow(northDakotaRows, 'Joe Lieberman', { percent: null }), 'Al Sharpton', {
      percent: null,
    });
    const contest = makeContest({ rows });
    expect(checkPercentMissing(contest)).toMatchObject([
      {
        message: 'Joe Lieberman, Al Sharpton give no percent where the other rows state theirs.',
        line: rowLine(contest, 'Joe Lieberman'),
        lines: [rowLine(contest, 'Joe Lieberman'), rowLine(contest, 'Al Sharpton')],
      },
    ]);
  });

  it('finds nothing when no row states a percent, or every row does', () => {
    const rows = northDakotaRows.map((row) => ({ ...row, percent: null }));
    expect(checkPercentMissing(makeContest({ rows, total: { percent: null } }))).toEqual([]);
    expect(checkPercentMissing(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });
});

describe('checkDelegatesUnknown', () => {
  it('names a delegates cell marked as not known, with the Total row', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'Wesley Clark', { delegates: '?' }),
      total: { delegates: '14' },
    });
    const row = rowLine(contest, 'Wesley Clark');
    expect(checkDelegatesUnknown(contest)).toEqual([
      {
        code: 'delegates-unknown',
        severity: 'warning',
        message:
          'Wesley Clark has delegates marked as not known ("?"), so the delegates awarded cannot all be read.',
        line: row,
        lines: [row, contest.totals.line],
      },
    ]);
  });

  it('quotes each mark', () => {
    const rows = withRow(withRow(northDakotaRows, 'John Kerry', { delegates: 'TBD' }), 'Wesley Clark', {
      delegates: 'unknown',
    });
    expect(checkDelegatesUnknown(makeContest({ rows, total: { delegates: '14' } }))[0]?.message).toBe(
      'John Kerry, Wesley Clark have delegates marked as not known ("TBD", "unknown"), so the delegates awarded cannot all be read.',
    );
  });

  it('a dash or n/a means none awarded, not unknown', () => {
    const rows = withRow(withRow(northDakotaRows, 'Howard Dean', { delegates: '–' }), 'Al Sharpton', {
      delegates: 'n/a',
    });
    expect(checkDelegatesUnknown(makeContest({ rows }))).toEqual([]);
  });
});

describe('checkTotalFigureMissing', () => {
  it('finds nothing when the Total row gives every figure the rows give', () => {
    expect(checkTotalFigureMissing(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('names the Total row leaving the votes blank', () => {
    const contest = makeContest({ rows: northDakotaRows, total: { votes: null } });
    expect(checkTotalFigureMissing(contest)).toEqual([
      {
        code: 'total-figure-missing',
        severity: 'warning',
        message:
          'The Total row gives no figure for the votes, which the rows state: the rows cannot be checked against it.',
        line: contest.totals.line,
        lines: [contest.totals.line],
      },
    ]);
  });

  it('names every figure missing, in the table’s unit', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      total: { votes: '', percent: '-', delegates: null },
      unit: 'state delegate equivalents',
    });
    expect(checkTotalFigureMissing(contest)[0]?.message).toBe(
      'The Total row gives no figure for the state delegate equivalents or the percent or the delegates, which the rows state: the rows cannot be checked against it.',
    );
  });

  it('no delegates in the Total row is right when no row awards any', () => {
    const rows = northDakotaRows.map((row) => ({ ...row, delegates: '0' }));
    expect(checkTotalFigureMissing(makeContest({ rows, total: { delegates: null } }))).toEqual([]);
  });

  it('delegates marked as not known in the Total row are missing, whatever the rows award', () => {
    const rows = northDakotaRows.map((row) => ({ ...row, delegates: '0' }));
    expect(checkTotalFigureMissing(makeContest({ rows, total: { delegates: 'TBD' } }))[0]?.message).toBe(
      'The Total row gives no figure for the delegates, which the rows state: the rows cannot be checked against it.',
    );
  });
});
