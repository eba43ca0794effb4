import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../parse/fixtures/text.js';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { findRow, foldName, surnameOf } from './names.js';

const rows = makeContest({ rows: northDakotaRows }).results;

describe('foldName', () => {
  it('drops accents, case, punctuation and a withdrawn note', () => {
    expect(foldName('John Édwards, (withdrawn)')).toBe('john edwards');
  });
});

describe('surnameOf', () => {
  it('takes the last word, past a suffix', () => {
    expect(surnameOf('Carol Moseley Braun')).toBe('braun');
    expect(surnameOf('Martin Luther King Jr.')).toBe('king');
    expect(surnameOf('Uncommitted')).toBeNull();
  });
});

describe('findRow', () => {
  it('matches by id, then by folded name, then by a surname no other row shares', () => {
    expect(findRow(rows, null, 'howard-dean')?.candidate).toBe('Howard Dean');
    expect(findRow(rows, 'WESLEY CLÂRK', 'wes-clark')?.candidate).toBe('Wesley Clark');
    expect(findRow(rows, 'Dennis J. Kucinich', null)?.candidate).toBe('Dennis Kucinich');
  });

  it('finds no row for a stranger', () => {
    expect(findRow(rows, 'Bob Graham', 'bob-graham')).toBeNull();
  });
});

describe('foldName and surnameOf, on any name', () => {
  it('give what the patterns they replaced give', () => {
    const foldByPatterns = (name: string) =>
      name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/\(\s*withdrawn\s*\)/g, ' ')
        .replace(/['’]s\b/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const surnameBySplitting = (name: string) => {
      const words = foldByPatterns(name)
        .split(' ')
        .filter((word) => word.length > 0);
      while (words.length > 1 && ['jr', 'sr', 'ii', 'iii', 'iv'].includes(words[words.length - 1] ?? ''))
        words.pop();
      return words.length > 1 ? (words[words.length - 1] ?? null) : null;
    };
    const name = fc.oneof(
      documentText,
      fc
        .array(fc.constantFrom('John', 'Jr.', 'III', 'Kerry', "O'Brien", 'é', ' ', '(withdrawn)'), {
          maxLength: 5,
        })
        .map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(name, (n) => {
        expect([foldName(n), surnameOf(n)]).toEqual([foldByPatterns(n), surnameBySplitting(n)]);
      }),
      { numRuns: 3000 },
    );
  });
});
