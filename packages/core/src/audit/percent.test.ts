import { describe, expect, it } from 'vitest';
import { makeContest, northDakotaRows, withRow } from './fixtures/contest.js';
import { checkPercents } from './percent.js';

describe('checkPercents', () => {
  it('accepts every percent that is the share rounded at its stated precision', () => {
    expect(checkPercents(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('accepts a percent stated with fewer decimals (51 for 50.82%, 23.7 for 23.6977%)', () => {
    const rows = withRow(withRow(northDakotaRows, 'John Kerry', { percent: '51' }), 'Wesley Clark', {
      percent: '23.7',
    });
    expect(checkPercents(makeContest({ rows }))).toEqual([]);
  });

  it('flags a figure cut instead of rounded (23.69 for 23.6977%): one unit off at its precision', () => {
    const contest = makeContest({ rows: withRow(northDakotaRows, 'Wesley Clark', { percent: '23.69' }) });
    expect(checkPercents(contest).map((finding) => finding.lines)).toEqual([
      [contest.results[1]?.line, contest.totals.line],
    ]);
  });

  it('flags a percent that no rounding of the share gives', () => {
    const contest = makeContest({ rows: withRow(northDakotaRows, 'Howard Dean', { percent: '11.76' }) });
    const dean = contest.results[2];
    expect(checkPercents(contest)).toEqual([
      {
        code: 'percent-mismatch',
        severity: 'error',
        message:
          'Howard Dean is stated at 11.76%, but 1,231 of 10,558 votes is 11.659% (11.66% at the stated precision).',
        line: dean?.line,
        lines: [dean?.line, contest.totals.line],
      },
    ]);
  });

  it('flags a whole percent one point off (50% for 50.82%)', () => {
    const contest = makeContest({ rows: withRow(northDakotaRows, 'John Kerry', { percent: '50%' }) });
    expect(checkPercents(contest).map((finding) => finding.code)).toEqual(['percent-mismatch']);
  });

  it('accepts shares computed on a stated total that is larger than the rows', () => {
    const rows = [
      { name: 'Ann Able', votes: '600', percent: '60.0' },
      { name: 'Bob Baker', votes: '300', percent: '30.0' },
    ];
    expect(checkPercents(makeContest({ rows, total: { votes: '1,000' } }))).toEqual([]);
  });
});
