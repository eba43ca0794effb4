import { describe, expect, it } from 'vitest';
import { Contest } from '../schema/contest.js';
import { audit, auditContest, withAudit } from './audit-contest.js';
import { makeContest, northDakotaRows, withRow } from './fixtures/contest.js';

describe('auditContest', () => {
  it('finds nothing in a contest whose statements all agree', () => {
    expect(auditContest(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('orders findings by the line they point at, then code', () => {
    const contest = makeContest({
      electionName: '2004 North Dakota Democratic presidential primary',
      rows: withRow(northDakotaRows, 'Howard Dean', { percent: '12.66' }),
      total: { votes: '10,559' },
    });
    // The election name says primary where the title says caucuses; Dean's percent is wrong; the Total is off.
    const electionName = contest.infobox.fields.find((f) => /name/i.test(f.key))?.line;
    expect(auditContest(contest).map(({ code, line }) => [code, line])).toEqual([
      ['contest-type-mismatch', electionName],
      ['percent-mismatch', contest.results[2]?.line],
      ['votes-total-mismatch', contest.totals.line],
    ]);
  });

  it('is the same function as audit', () => {
    expect(audit).toBe(auditContest);
  });
});

describe('withAudit', () => {
  it('returns the contest with its findings, still a valid Contest, leaving the input alone', () => {
    const contest = makeContest({ rows: northDakotaRows, total: { delegates: '15' } });
    const audited = withAudit(contest);
    expect(contest.findings).toEqual([]);
    expect(audited.findings.map((finding) => finding.code)).toEqual(['delegates-total-mismatch']);
    expect(Contest.parse(audited)).toEqual(audited);
  });
});
