import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { documentText } from './fixtures/text.js';
import { readNumber } from './numbers.js';

describe('readNumber', () => {
  test.each([
    ['5,366', 5366],
    ['163,769', 163769],
    ['1,234,567', 1234567],
    ['5366', 5366],
    ['2,477.0', 2477],
    ['50.82', 50.82],
    ['50.82%', 50.82],
    ['50.82 %', 50.82],
    ['100.00%', 100],
    ['.5', 0.5],
    ['2 502', 2502],
    ['2\u00a0502', 2502],
    ['+12', 12],
  ])('reads %s as %d', (cell, value) => {
    expect(readNumber(cell)).toEqual({ kind: 'number', value });
  });
  test.each(['', ' ', '-', '–', '—', '−', 'n/a', 'N/A', 'n.a.', 'none', '?', '??', 'unknown', 'TBD', 'tba'])(
    'reads %j as none',
    (cell) => {
      expect(readNumber(cell)).toEqual({ kind: 'none' });
    },
  );
  test.each(['2,5O2', '12,34', '1,2345', 'about 40', '-12', '5.3.1', '12%%', '1e3', '0x10'])(
    'refuses %j',
    (cell) => {
      expect(readNumber(cell)).toEqual({ kind: 'invalid' });
    },
  );
});

/** `readNumber` without its fast path for bare digits: every pattern runs. */
function readByPatterns(cell: string) {
  let s = cell.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (s === '' || /^(?:[-‐‑‒–—―−]+|n\/?a|n\.a\.|none|nil|unknown|\?+|tb[ad])$/i.test(s))
    return { kind: 'none' };
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('+')) s = s.slice(1);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s))
    return { kind: 'number', value: Number(s.replaceAll(',', '')) };
  if (/^\d{1,3}(?: \d{3})+(?:\.\d+)?$/.test(s))
    return { kind: 'number', value: Number(s.replaceAll(' ', '')) };
  if (/^\d+(?:\.\d+)?$|^\.\d+$/.test(s)) return { kind: 'number', value: Number(s) };
  return { kind: 'invalid' };
}

test('reads any cell as the patterns do', () => {
  const digits = fc
    .array(fc.constantFrom(...'0123456789,.%'), { minLength: 1, maxLength: 12 })
    .map((chars) => chars.join(''));
  fc.assert(
    fc.property(fc.oneof(digits, documentText), (cell) => {
      expect(readNumber(cell)).toEqual(readByPatterns(cell));
    }),
    { numRuns: 3000 },
  );
});
