import fc from 'fast-check';
import { expect, test } from 'vitest';
import { documentText } from './fixtures/text.js';
import { kindOf, readCandidateName, slugify } from './names.js';

test('a (withdrawn) suffix becomes the flag, with or without a comma', () => {
  expect(readCandidateName('Howard Dean (withdrawn)')).toEqual({
    candidate: 'Howard Dean',
    candidateId: 'howard-dean',
    withdrawn: true,
    kind: 'candidate',
  });
  expect(readCandidateName('John Edwards, (withdrawn)')?.candidate).toBe('John Edwards');
  expect(readCandidateName('Carol Moseley Braun (Withdrawn)')?.withdrawn).toBe(true);
});

test('markup and footnote marks are not part of the name', () => {
  expect(readCandidateName("'''John Kerry'''[a]")?.candidate).toBe('John Kerry');
  expect(readCandidateName('[[John Forbes Kerry|John Kerry]]*')?.candidate).toBe('John Kerry');
});

test('ids fold accents and punctuation', () => {
  expect(slugify('Julián Castro')).toBe('julian-castro');
  expect(slugify("Beto O'Rourke")).toBe('beto-o-rourke');
  expect(slugify('Write-ins')).toBe('write-ins');
});

test.each([
  ['Uncommitted', 'uncommitted'],
  ['Uninstructed', 'uncommitted'],
  ['No Preference', 'uncommitted'],
  ['Write-ins', 'write-in'],
  ['Write-in', 'write-in'],
  ['Scattering', 'write-in'],
  ['Others', 'other'],
  ['Other', 'other'],
  ['None of These Candidates', 'other'],
  ['John Kerry', 'candidate'],
  ['Uncommitted Smith', 'candidate'],
])('%s is a %s', (name, kind) => {
  expect(kindOf(name)).toBe(kind);
});

test('nothing readable is no name', () => {
  expect(readCandidateName('')).toBeNull();
  expect(readCandidateName("''' '''")).toBeNull();
  expect(readCandidateName('—')).toBeNull();
});

test('ids and kinds of any name are what the patterns they replaced give', () => {
  const slugByPatterns = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replaceAll(' ', '-');
  const kindByPatterns = (name: string) => {
    const n = name
      .toLowerCase()
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (/^(?:uncommitted|uninstructed|undecided|no preference|uncommitted delegates?)$/.test(n))
      return 'uncommitted';
    if (/^(?:write ?ins?|write in votes?|scattering|scattered)$/.test(n)) return 'write-in';
    if (
      /^(?:others?|other candidates|all others|none of these candidates|none of the above|blank|blank ballots|void|invalid)$/.test(
        n,
      )
    )
      return 'other';
    return 'candidate';
  };
  const pseudo = fc
    .array(
      fc.constantFrom(
        'Uncommitted',
        'delegates',
        'Write',
        'in',
        'ins',
        'votes',
        'None',
        'of',
        'the',
        'above',
        'Blank',
        '-',
        ' ',
        '  ',
      ),
      { maxLength: 5 },
    )
    .map((words) => words.join(''));
  fc.assert(
    fc.property(fc.oneof(documentText, pseudo), (name) => {
      expect([slugify(name), kindOf(name)]).toEqual([slugByPatterns(name), kindByPatterns(name)]);
    }),
    { numRuns: 3000 },
  );
  for (const name of [
    'Write in',
    'WriteIns',
    'Write-in votes',
    'Uncommitted delegate',
    'All others',
    'Void',
  ]) {
    expect(kindOf(name)).toBe(kindByPatterns(name));
  }
});
