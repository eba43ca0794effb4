import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows, rowLine, withRow } from './fixtures/contest.js';
import { checkPledgedDelegates } from './pledged-delegates.js';

const atStake = { total: 22, pledged: 14, unpledged: 8 };

describe('checkPledgedDelegates', () => {
  it('finds nothing when the candidates hold the pledged delegates', () => {
    expect(checkPledgedDelegates(makeContest({ rows: northDakotaRows, delegates: atStake }))).toEqual([]);
  });

  it('names the candidates’ rows and the infobox when they hold more than the pledged delegates', () => {
    const contest = makeContest({
      rows: withRow(northDakotaRows, 'John Kerry', { delegates: '12' }),
      delegates: atStake,
    });
    const kerry = rowLine(contest, 'John Kerry');
    const clark = rowLine(contest, 'Wesley Clark');
    const infobox = contest.delegates.line as number;
    expect(checkPledgedDelegates(contest)).toEqual([
      {
        code: 'pledged-delegates-exceeded',
        severity: 'warning',
        message:
          "The candidates' rows hold 17 delegates, more than the 14 pledged delegates the infobox states (the other 8 are unpledged, not won by vote): a row's delegates, or the infobox, is wrong.",
        line: kerry,
        lines: [infobox, kerry, clark],
      },
    ]);
  });

  it('unpledged delegates in an Uncommitted row are not the candidates’', () => {
    const rows = [...northDakotaRows, { name: 'Uncommitted', votes: '0', percent: '0', delegates: '8' }];
    expect(checkPledgedDelegates(makeContest({ rows, delegates: atStake }))).toEqual([]);
  });

  it('finds nothing unless the infobox states both pledged and unpledged delegates', () => {
    const rows = withRow(northDakotaRows, 'John Kerry', { delegates: '20' });
    expect(
      checkPledgedDelegates(makeContest({ rows, delegates: { total: 22, pledged: 14, unpledged: null } })),
    ).toEqual([]);
    expect(
      checkPledgedDelegates(makeContest({ rows, delegates: { total: 14, pledged: 14, unpledged: 0 } })),
    ).toEqual([]);
    expect(checkPledgedDelegates(makeContest({ rows }))).toEqual([]);
  });
});
