import { auditContest, parseContest } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { SCALING_SIZES, SHAPES, scalingDocument } from './scaling-documents.ts';

describe('scalingDocument', () => {
  it.each(SHAPES)('grows a "%s" document to the size asked, and it still parses', (shape) => {
    for (const size of [2 ** 14, 2 ** 17]) {
      const text = scalingDocument(shape, size);
      const bytes = Buffer.byteLength(text);
      expect(bytes).toBeGreaterThanOrEqual(size - 64);
      expect(bytes).toBeLessThanOrEqual(size + 512);
      const result = parseContest(text);
      expect(result.ok ? result.contest.id : result.error).toBe('2004-ia-democratic-caucus');
    }
  });

  it('grows each shape in its own direction', () => {
    const parsed = (shape: (typeof SHAPES)[number], size: number) => {
      const result = parseContest(scalingDocument(shape, size));
      if (!result.ok) throw new Error(result.error.message);
      return result.contest;
    };
    expect(parsed('rows', 2 ** 17).results.length).toBeGreaterThan(2_000);
    expect(parsed('tables', 2 ** 17).tables.length).toBeGreaterThan(500);
    expect(parsed('prose', 2 ** 14).results.map((r) => r.candidate)).toEqual([
      'John Kerry',
      'John Edwards',
      'Howard Dean',
      'Dennis Kucinich',
      'Uncommitted',
    ]);
    const longLine = scalingDocument('long line', 2 ** 17).split('\n');
    expect(Math.max(...longLine.map((line) => line.length))).toBeGreaterThan(2 ** 16);
  });

  it('states figures that agree with its table, so the audit reads them rather than failing on them', () => {
    const result = parseContest(scalingDocument('prose', 2 ** 14));
    expect(result.ok && auditContest(result.contest).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('stays under the parser limit at the largest size', () => {
    const largest = Math.max(...SCALING_SIZES);
    for (const shape of SHAPES)
      expect(Buffer.byteLength(scalingDocument(shape, largest))).toBeLessThan(4 * 2 ** 20);
  });
});
