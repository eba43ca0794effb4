import fc from 'fast-check';
import { expect, test } from 'vitest';
import { documentText } from './fixtures/text.js';
import { readInfoboxCandidates, roleOf, splitNumbered } from './infobox.js';

test('groups numbered keys by their number, in order, each field in its role', () => {
  const fields = [
    { key: 'Candidate2', value: 'Howard Dean (withdrawn)', line: 5 },
    { key: 'Popular_Vote 2', value: '1,234', line: 6 },
    { key: 'Candidate1', value: 'John Kerry', line: 3 },
    { key: 'Home-State1', value: 'Massachusetts', line: 4 },
    { key: 'Color1', value: 'c56240', line: 7 },
  ];
  expect(
    readInfoboxCandidates(fields).map((g) => [g.index, g.candidate, g.withdrawn, g.votes, g.homeState]),
  ).toEqual([
    [1, 'John Kerry', false, null, 'Massachusetts'],
    [2, 'Howard Dean', true, 1234, null],
  ]);
});

test('reads any stem as the patterns it replaced do', () => {
  const byPatterns = (stem: string) => {
    const s = stem.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (/^(?:candidate|nominee|name)$/.test(s)) return 'candidate';
    if (/^home ?state$/.test(s)) return 'homeState';
    if (/^(?:percentage|percent|share|pct)$/.test(s)) return 'percent';
    if (/^(?:delegate count|delegates?|delegates won|pledged delegates?)$/.test(s)) return 'delegates';
    if (/^(?:popular vote|popular votes|votes?|vote count|state delegate equivalents?|sdes?)$/.test(s))
      return 'votes';
    return null;
  };
  const stem = fc
    .array(
      fc.constantFrom(
        'Popular',
        'vote',
        'Votes',
        'Home',
        'state',
        'Delegate',
        'delegates',
        'Count',
        'Pledged',
        'SDE',
        's',
        'won',
        'Name',
        'Share',
        'pct',
        ' ',
        '  ',
        '_',
        '-',
        '\t',
        '\u00a0',
        'İ',
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((words) => words.join(''));
  fc.assert(
    fc.property(stem, (s) => {
      expect(roleOf(s)).toBe(byPatterns(s));
    }),
    { numRuns: 3000 },
  );
});

test('splits any key as the numbered-key pattern does', () => {
  const byPattern = (key: string) => {
    const m = /^(.*?[A-Za-z%)])\s*(\d{1,3})$/.exec(key);
    return m ? { stem: m[1], index: Number(m[2]) } : null;
  };
  const key = fc
    .array(
      fc.constantFrom(
        'Vote',
        '%',
        ')',
        '(',
        ' ',
        '\t',
        '\u00a0',
        '\n',
        '\u2028',
        '1',
        '23',
        '4567',
        'é',
        '-',
      ),
      {
        maxLength: 6,
      },
    )
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.oneof(key, documentText), (k) => {
      expect(splitNumbered(k)).toEqual(byPattern(k));
    }),
    { numRuns: 3000 },
  );
});
