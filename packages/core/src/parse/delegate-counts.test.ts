import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { DelegateCounts } from '../schema/contest.js';
import { readDelegateCounts, readDelegateStatement } from './delegate-counts.js';

test('a total with its pledged and unpledged parts', () => {
  expect(
    readDelegateStatement(
      '22 Democratic National Convention delegates (14 pledged, 8 unpledged), The number of pledged delegates',
    ),
  ).toEqual({ total: 22, pledged: 14, unpledged: 8 });
});

test('pledged delegates alone leave the total unstated', () => {
  expect(readDelegateStatement('76 pledged delegates to the, 2004 Democratic National Convention')).toEqual({
    total: null,
    pledged: 76,
    unpledged: null,
  });
});

test('superdelegates and automatic delegates are unpledged', () => {
  expect(readDelegateStatement('1,237 delegates (1,100 pledged, 137 superdelegates)')).toEqual({
    total: 1237,
    pledged: 1100,
    unpledged: 137,
  });
  expect(readDelegateStatement('12 automatic delegates')).toEqual({
    total: null,
    pledged: null,
    unpledged: 12,
  });
});

test('keyed fields, and the line of the first one read', () => {
  const fields = [
    { key: 'Candidate1', value: 'A', line: 3 },
    { key: 'Pledged delegates', value: '45', line: 7 },
    { key: 'Unpledged delegates', value: '12', line: 8 },
    { key: 'Delegates', value: '57', line: 9 },
  ];
  expect(readDelegateCounts(fields)).toEqual({ total: 57, pledged: 45, unpledged: 12, line: 7 });
});

test('a bare number under any delegates key', () => {
  expect(readDelegateCounts([{ key: 'Delegates For Election', value: '22', line: 5 }])).toEqual({
    total: 22,
    pledged: null,
    unpledged: null,
    line: 5,
  });
  expect(readDelegateCounts([{ key: 'Automatic delegates', value: '8', line: 6 }])).toMatchObject({
    unpledged: 8,
  });
});

test('numbered candidate fields never count as delegates at stake', () => {
  expect(readDelegateCounts([{ key: 'Delegate Count1', value: '9', line: 4 }])).toEqual({
    total: null,
    pledged: null,
    unpledged: null,
    line: null,
  });
});

test('reads any fields as testing every key and value pattern in turn would', () => {
  const num = (v: string) => Number(v.replaceAll(',', ''));
  const byPatterns = (fields: { key: string; value: string; line: number }[]): DelegateCounts => {
    const out: DelegateCounts = { total: null, pledged: null, unpledged: null, line: null };
    for (const f of fields) {
      if (/\d$/.test(f.key)) continue;
      let found = false;
      const v = f.value.trim();
      const n = /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v) ? num(v) : null;
      if (n !== null && /delegate|seats/i.test(f.key)) {
        if (/unpledged|automatic|super/i.test(f.key)) out.unpledged ??= n;
        else if (/pledged/i.test(f.key)) out.pledged ??= n;
        else out.total ??= n;
        found = true;
      } else if (/delegate|votes for election|seats/i.test(f.key) || /\bdelegates?\b/i.test(f.value)) {
        const stated = readDelegateStatement(f.value);
        if (stated.total !== null || stated.pledged !== null || stated.unpledged !== null) {
          out.total ??= stated.total;
          out.pledged ??= stated.pledged;
          out.unpledged ??= stated.unpledged;
          found = true;
        }
      }
      if (found) out.line ??= f.line;
    }
    return out;
  };
  const words = (pieces: string[]) =>
    fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
  const field = fc.record({
    key: words([
      'Delegates',
      'Pledged',
      'Unpledged',
      'Super',
      'Seats',
      'Votes For Election',
      'Count',
      '1',
      'Name',
    ]),
    value: words(['22', '1,234', 'delegates', 'pledged', 'unpledged', '(8', 'automatic)', 'to the', '']),
    line: fc.integer({ min: 1, max: 99 }),
  });
  fc.assert(
    fc.property(fc.array(field, { maxLength: 6 }), (fields) => {
      expect(readDelegateCounts(fields)).toEqual(byPatterns(fields));
    }),
    { numRuns: 1000 },
  );
});
