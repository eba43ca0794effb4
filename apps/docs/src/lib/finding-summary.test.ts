import type { FindingBrief } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { findingsText, groupCount, groupFindings, severityCount } from './finding-summary.js';

const brief = (severity: FindingBrief['severity'], code: string, reason?: string): FindingBrief => ({
  severity,
  code,
  line: 1,
  acknowledgement: reason === undefined ? null : { reason, reviewedBy: null },
});

describe('groupFindings', () => {
  it('groups by severity, errors first, then by code, most first; leaves out a severity with none', () => {
    const groups = groupFindings([
      { contestId: 'a', findingsBrief: [brief('info', 'x'), brief('warning', 'w2'), brief('warning', 'w1')] },
      { contestId: 'b', findingsBrief: [brief('warning', 'w2')] },
    ]);
    expect(
      groups.map((group) => [group.severity, group.count, group.codes.map((c) => [c.code, c.count])]),
    ).toEqual([
      [
        'warning',
        3,
        [
          ['w2', 2],
          ['w1', 1],
        ],
      ],
      ['info', 1, [['x', 1]]],
    ]);
  });

  it("marks an acknowledged error as such, with the acknowledgement's reason and its contest", () => {
    const groups = groupFindings([
      {
        contestId: 'a',
        findingsBrief: [brief('error', 'votes-total-mismatch', 'Off by 100 in the article.')],
      },
      { contestId: 'b', findingsBrief: [brief('error', 'percent-mismatch')] },
    ]);
    expect(groups[0]).toMatchObject({ severity: 'error', count: 2, acknowledged: 1 });
    expect(groups[0]?.codes[1]?.acknowledged).toEqual([
      { reason: 'Off by 100 in the article.', reviewedBy: null, contestId: 'a' },
    ]);
    expect(findingsText(groups)).toBe(
      '2 errors, 1 of them acknowledged (percent-mismatch, votes-total-mismatch; acknowledged: “Off by 100 in the article.”)',
    );
  });

  it('says there are none when there are none', () => {
    expect(groupFindings([{ contestId: 'a', findingsBrief: [] }])).toEqual([]);
    expect(findingsText([])).toBe('no findings');
  });
});

describe('counts in words', () => {
  it('says one in the singular, and names info findings as findings', () => {
    expect([severityCount('error', 1), severityCount('warning', 2), severityCount('info', 1)]).toEqual([
      '1 error',
      '2 warnings',
      '1 info finding',
    ]);
    expect(groupCount({ severity: 'error', count: 1, acknowledged: 1 })).toBe('1 error, acknowledged');
    expect(groupCount({ severity: 'info', count: 3, acknowledged: 0 })).toBe('3 info findings');
  });
});
