import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../schema/contest.js';
import { makeContest, northDakotaRows } from './fixtures/contest.js';
import { findMentions, type Mention } from './mentions.js';
import { foldName, surnameOf } from './names.js';
import { tokenize } from './tokens.js';

const rows = makeContest({
  rows: [...northDakotaRows, { name: 'Uncommitted', votes: '1', percent: '0.01', delegates: '0' }],
}).results;

function named(sentence: string): string[] {
  return findMentions(tokenize(sentence), rows).map((mention) => mention.row.candidate);
}

describe('findMentions', () => {
  it('finds candidates by full name and by capitalised surname, in order', () => {
    expect(named("Dean trailed John Kerry and Kucinich's campaign.")).toEqual([
      'Howard Dean',
      'John Kerry',
      'Dennis Kucinich',
    ]);
  });

  it('ignores a lower-case surname and a first name alone', () => {
    expect(named('The dean said Wesley and John voted uncommitted.')).toEqual([]);
  });
});

describe('findMentions, on any sentence', () => {
  it('finds what matching each candidate in turn finds', () => {
    const byCandidate = (tokens: ReturnType<typeof tokenize>, all: readonly ResultRow[]) => {
      const candidates = all.filter((row) => row.kind === 'candidate');
      const count = new Map<string, number>();
      for (const row of candidates) {
        const surname = surnameOf(row.candidate);
        if (surname !== null) count.set(surname, (count.get(surname) ?? 0) + 1);
      }
      const words = tokens.map((token) => (token.kind === 'word' ? foldName(token.text) : ''));
      const mentions: Mention[] = [];
      const taken = new Set<number>();
      for (const row of candidates) {
        const full = foldName(row.candidate).split(' ');
        if (full.length < 2) continue;
        for (let start = 0; start + full.length <= words.length; start++) {
          if (full.every((word, offset) => words[start + offset] === word)) {
            mentions.push({ row, start, end: start + full.length });
            for (let at = start; at < start + full.length; at++) taken.add(at);
          }
        }
      }
      for (const row of candidates) {
        const surname = surnameOf(row.candidate);
        if (surname === null || count.get(surname) !== 1) continue;
        words.forEach((word, index) => {
          if (word === surname && !taken.has(index) && /^\p{Lu}/u.test(tokens[index]?.text ?? '')) {
            mentions.push({ row, start: index, end: index + 1 });
          }
        });
      }
      return mentions.sort((a, b) => a.start - b.start);
    };
    const names = [
      'John Kerry',
      'Kerry',
      'John',
      'Dean',
      'dean',
      'DEAN',
      "Dean's",
      'Kucinich',
      'Ková',
      'Ková Kerry',
    ];
    const extra: ResultRow[] = ['John Ková', 'Ann Dean', 'Zoë Dean-Ková'].map((candidate, index) => ({
      ...(rows[0] as ResultRow),
      candidate,
      candidateId: `extra-${index}`,
      line: 90 + index,
    }));
    const sentence = fc
      .array(fc.constantFrom(...names, 'won', '51%', ',', ' and ', '(', ')'), { maxLength: 12 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(sentence, fc.subarray([...rows, ...extra]), (text, table) => {
        const tokens = tokenize(text);
        expect(findMentions(tokens, table)).toEqual(byCandidate(tokens, table));
      }),
      { numRuns: 2000 },
    );
  });
});
