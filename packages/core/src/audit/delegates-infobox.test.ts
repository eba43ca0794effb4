import { describe, expect, it } from 'vitest';
import { checkDelegatesInfobox } from './delegates-infobox.js';
import { makeContest, northDakotaRows } from './fixtures/contest.js';

function lines(contest: ReturnType<typeof makeContest>): number[] {
  return [contest.delegates.line ?? 0, contest.totals.line];
}

describe('checkDelegatesInfobox', () => {
  it('finds nothing when the table holds all the delegates the infobox states', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      delegates: { total: 14, pledged: 10, unpledged: 4 },
    });
    expect(checkDelegatesInfobox(contest)).toEqual([]);
  });

  it('finds nothing when the infobox states only pledged delegates and the table holds them', () => {
    expect(checkDelegatesInfobox(makeContest({ rows: northDakotaRows, delegates: { pledged: 14 } }))).toEqual(
      [],
    );
  });

  it('tells when the table holds only the pledged delegates of a larger total', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      delegates: { total: 22, pledged: 14, unpledged: 8 },
    });
    expect(checkDelegatesInfobox(contest)).toEqual([
      {
        code: 'delegates-pledged-only',
        severity: 'info',
        message:
          "The table's 14 delegates are the 14 pledged delegates the infobox states; its 8 unpledged delegates (of 22 in all) are not in the table.",
        line: contest.delegates.line,
        lines: lines(contest),
      },
    ]);
  });

  it('warns when the table total is neither the total nor the pledged count', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      delegates: { total: 22, pledged: 15, unpledged: 7 },
    });
    expect(checkDelegatesInfobox(contest)).toEqual([
      {
        code: 'delegate-count-mismatch',
        severity: 'warning',
        message:
          "The table awards 14 delegates, but the infobox states 22 in all, 15 pledged, 7 unpledged: the table's figure is neither the 22 in all nor the 15 pledged.",
        line: contest.delegates.line,
        lines: lines(contest),
      },
    ]);
  });

  it('flags an infobox whose pledged and unpledged do not make its total', () => {
    const contest = makeContest({
      rows: northDakotaRows,
      delegates: { total: 22, pledged: 14, unpledged: 9 },
    });
    expect(
      checkDelegatesInfobox(contest).map(({ code, severity, lines }) => ({ code, severity, lines })),
    ).toEqual([
      { code: 'delegate-count-sum-mismatch', severity: 'error', lines: [contest.delegates.line] },
      { code: 'delegates-pledged-only', severity: 'info', lines: lines(contest) },
    ]);
  });
});
