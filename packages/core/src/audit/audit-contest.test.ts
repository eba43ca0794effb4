import { describe, expect, it } from 'vitest';
import { Contest } from '../schema/contest.js';
import { audit, auditContest, withAudit } from './audit-contest.js';
import { makeContest, northDakotaRows, withRow } from './fixtures/contest.js';

describe('auditContest', () => {
  it('finds nothing in a contest whose statements all agree', () => {
    expect(auditContest(makeContest({ rows: northDakotaRows }))).toEqual([]);
  });

  it('orders findings by first line, then code', () => {
    const contest = makeContest({
      electionName: '2004 North Dakota Democratic presidential primary',
      rows: withRow(northDakotaRows, 'Howard Dean', { percent: '12.66' }),
      total: { votes: '10,559' },
    });
    expect(auditContest(contest).map(({ code, lines }) => [code, lines[0]])).toEqual([
      ['contest-type-mismatch', 1],
      ['votes-total-mismatch', contest.results[0]?.line],
      ['percent-mismatch', contest.results[2]?.line],
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
