import { describe, expect, it } from 'vitest';
import { compareFindings, finding } from './finding.js';

describe('finding', () => {
  it('sorts and deduplicates the lines it names', () => {
    expect(finding('rows-out-of-order', 'info', 'm', [61, 60, 61])).toEqual({
      code: 'rows-out-of-order',
      severity: 'info',
      message: 'm',
      line: 61,
      lines: [60, 61],
    });
  });
});

describe('compareFindings', () => {
  it('orders by first line, then code', () => {
    const findings = [
      finding('votes-total-mismatch', 'error', 'b', [10, 20]),
      finding('percent-mismatch', 'error', 'a', [12]),
      finding('delegates-total-mismatch', 'error', 'c', [10, 20]),
      finding('contest-type-mismatch', 'warning', 'd', [1, 4]),
    ];
    expect(findings.sort(compareFindings).map((entry) => entry.code)).toEqual([
      'contest-type-mismatch',
      'delegates-total-mismatch',
      'votes-total-mismatch',
      'percent-mismatch',
    ]);
  });
});
