import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { DelegateCounts } from '../schema/contest.js';
import {
  mergeDelegateCounts,
  readDelegateCounts,
  readDelegateStatement,
  readProseDelegateCounts,
} from './delegate-counts.js';

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
  expect(readDelegateCounts(fields)).toEqual({
    total: 57,
    pledged: 45,
    unpledged: 12,
    line: 7,
    lines: { total: 9, pledged: 7, unpledged: 8 },
  });
});

test('a bare number under any delegates key', () => {
  expect(readDelegateCounts([{ key: 'Delegates For Election', value: '22', line: 5 }])).toEqual({
    total: 22,
    pledged: null,
    unpledged: null,
    line: 5,
    lines: { total: 5, pledged: null, unpledged: null },
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
    lines: { total: null, pledged: null, unpledged: null },
  });
});

test('reads any fields as testing every key and value pattern in turn would', () => {
  const num = (v: string) => Number(v.replaceAll(',', ''));
  const byPatterns = (fields: { key: string; value: string; line: number }[]): DelegateCounts => {
    const out: DelegateCounts = {
      total: null,
      pledged: null,
      unpledged: null,
      line: null,
      lines: { total: null, pledged: null, unpledged: null },
    };
    // The first statement of each count is kept with its line; `line` is the first of those lines.
    const keep = (kind: 'total' | 'pledged' | 'unpledged', n: number | null, line: number) => {
      if (n === null || out[kind] !== null) return;
      out[kind] = n;
      out.lines[kind] = line;
      out.line = out.line === null ? line : Math.min(out.line, line);
    };
    for (const f of fields) {
      if (/\d$/.test(f.key)) continue;
      const v = f.value.trim();
      const n = /^\d{1,3}(?:,\d{3})*$|^\d+$/.test(v) ? num(v) : null;
      if (n !== null && /delegate|seats/i.test(f.key)) {
        if (/unpledged|automatic|super/i.test(f.key)) keep('unpledged', n, f.line);
        else if (/pledged/i.test(f.key)) keep('pledged', n, f.line);
        else keep('total', n, f.line);
      } else if (/delegate|votes for election|seats/i.test(f.key) || /\bdelegates?\b/i.test(f.value)) {
        const stated = readDelegateStatement(f.value);
        keep('total', stated.total, f.line);
        keep('pledged', stated.pledged, f.line);
        keep('unpledged', stated.unpledged, f.line);
      }
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

test('the prose states what the infobox leaves out: 76 (of 95) delegates awarded proportionally', () => {
  const prose = readProseDelegateCounts(
    [
      { text: 'The caucuses were held on February 7, 2004.', line: 44 },
      {
        text: 'The delegate allocation is proportional. A total of 76 (of 95) delegates are awarded proportionally. A 15 percent threshold is required to receive delegates.',
        line: 45,
      },
    ],
    new Set(['kerry']),
    2004,
  );
  expect(prose).toEqual({
    total: 95,
    pledged: 76,
    unpledged: null,
    line: 45,
    lines: { total: 45, pledged: 45, unpledged: null },
  });
  const infobox = readDelegateCounts([{ key: 'Delegates', value: '76 pledged delegates', line: 41 }]);
  expect(mergeDelegateCounts(infobox, prose)).toEqual({
    total: 95,
    pledged: 76,
    unpledged: null,
    line: 41,
    lines: { total: 45, pledged: 41, unpledged: null },
  });
});

test('the prose: a total with its parts, and what it does not read', () => {
  const read = (text: string) =>
    readProseDelegateCounts([{ text, line: 3 }], new Set(['kerry', 'john']), 2004);
  expect(
    read('North Dakota sends 22 national convention delegates (14 pledged, 8 unpledged).'),
  ).toMatchObject({
    total: 22,
    pledged: 14,
    unpledged: 8,
  });
  expect(read('Of the 107 delegates, 17 superdelegates are unpledged.')).toMatchObject({ unpledged: 17 });
  // A candidate's delegates, another year's, a threshold and a vote count are not the delegates at stake.
  expect(read('John Kerry won 9 delegates.').line).toBeNull();
  expect(read('In 2000, 20 delegates were at stake.').line).toBeNull();
  expect(read('Candidates need 15 percent of the vote to win delegates.').line).toBeNull();
  expect(read('About 10,558 votes were cast for delegates.').line).toBeNull();
});
