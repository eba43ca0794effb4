import { describe, expect, it } from 'vitest';
import { findingCodeRows } from './finding-codes.js';

const codes = [
  '## The table',
  '',
  '| Code | Severity | Meaning | Example |',
  '| --- | --- | --- | --- |',
  '| `votes-total-mismatch` | error | The rows do not add up to the `Total` row. | 10,558 vs 10,568 |',
  '| `rows-out-of-order` | info | Rows not sorted by votes. | |',
  '',
  '| Term | Meaning |',
  '| --- | --- |',
  '| `share` | not a code |',
].join('\n');

const finding = (code: string, severity: 'error' | 'warning' | 'info') => ({
  code,
  severity,
  message: '',
  line: 1,
  lines: [1],
});

describe('findingCodeRows', () => {
  it('lists every documented code with its count and contests in the data', () => {
    const rows = findingCodeRows(codes, [
      { id: 'a', findings: [finding('rows-out-of-order', 'info'), finding('rows-out-of-order', 'info')] },
      { id: 'b', findings: [finding('rows-out-of-order', 'info')] },
    ]);
    expect(rows).toEqual([
      {
        code: 'votes-total-mismatch',
        severity: 'error',
        meaning: 'The rows do not add up to the `Total` row.',
        count: 0,
        contestIds: [],
      },
      {
        code: 'rows-out-of-order',
        severity: 'info',
        meaning: 'Rows not sorted by votes.',
        count: 3,
        contestIds: ['a', 'b'],
      },
    ]);
  });

  it('adds a code the data holds but the documentation does not list', () => {
    expect(findingCodeRows('', [{ id: 'a', findings: [finding('new-check', 'warning')] }])).toEqual([
      { code: 'new-check', severity: 'warning', meaning: null, count: 1, contestIds: ['a'] },
    ]);
  });
});
