import fc from 'fast-check';
import { expect, test } from 'vitest';
import { classifyHeader, findColumns, isWholeUnit, unitOf } from './columns.js';
import { documentText } from './fixtures/text.js';

test.each([
  ['Candidate', 'name'],
  ['Votes', 'count'],
  ['Popular vote', 'count'],
  ['State delegate equivalents', 'count'],
  ['SDEs', 'count'],
  ['County delegates', 'count'],
  ['%', 'percent'],
  ['Percentage', 'percent'],
  ['Vote %', 'percent'],
  ['Delegates', 'delegates'],
  ['Pledged delegates', 'delegates'],
  ['Estimated delegates', 'delegates'],
  ['National delegates', 'delegates'],
  ['Pledged', 'delegates'],
  ['Unpledged', 'delegates'],
  ['Superdelegates', 'delegates'],
  ['Del.', 'delegates'],
  ['Dels', 'delegates'],
  ['Delegate equivalents', 'count'],
  ['Caucus-goers', 'count'],
  ['Share', 'percent'],
  ['Pct.', 'percent'],
  ['Percent', 'percent'],
  ['Party', null],
  ['', null],
])('%j is a %s column', (header, role) => {
  expect(classifyHeader(header)).toBe(role);
});

test('the unit is votes for any kind of vote, else the header words', () => {
  expect(unitOf('Popular vote')).toBe('votes');
  expect(unitOf('Votes')).toBe('votes');
  expect(unitOf('State Delegate Equivalents')).toBe('state delegate equivalents');
});

test('finds each column by meaning, in any order', () => {
  expect(findColumns(['Delegates', 'Candidate', '%', 'Votes'], 4, () => false)).toEqual({
    name: 1,
    count: 3,
    percent: 2,
    delegates: 0,
    unit: 'votes',
  });
});

test('without a name header the first column of words is the name', () => {
  expect(findColumns(['', 'Votes', '%'], 3, (i) => i > 0)).toMatchObject({ name: 0, count: 1, percent: 2 });
});

test('without any header the first numeric column is the count of votes', () => {
  expect(findColumns(null, 3, (i) => i > 0)).toEqual({
    name: 0,
    count: 1,
    percent: -1,
    delegates: -1,
    unit: 'votes',
  });
});

test('reads any header as it reads the header rewritten to lower-case words and single spaces', () => {
  const rewritten = (header: string) =>
    header.toLowerCase().replace(/[_*]+/g, ' ').replace(/\s+/g, ' ').trim();
  fc.assert(
    fc.property(documentText, (header) => {
      expect([classifyHeader(header), unitOf(header)]).toEqual([
        classifyHeader(rewritten(header)),
        unitOf(rewritten(header)),
      ]);
    }),
    { numRuns: 2000 },
  );
});

test.each([
  ['votes', true],
  ['caucus-goers', true],
  ['attendees', true],
  ['state delegate equivalents', false],
  ['delegate equivalents', false],
  ['county delegates', false],
  ['sdes', false],
])('%j counted in whole numbers: %s', (unit, whole) => {
  expect(isWholeUnit(unit)).toBe(whole);
});

test('the first delegates column is read: pledged before superdelegates', () => {
  expect(findColumns(['Candidate', 'Votes', 'Pledged', 'Superdelegates'], 4, () => false)).toEqual({
    name: 0,
    count: 1,
    percent: -1,
    delegates: 2,
    unit: 'votes',
  });
});

test('classifies a header as its patterns alone do (the word hints only spare the patterns)', () => {
  const byPatterns = (header: string) => {
    const h = header.toLowerCase().replace(/[_*]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (h === '') return null;
    if (/%|\bper ?cent(?:age)?\b|\bpct\.?|\bshare\b/.test(h)) return 'percent';
    if (/\bdelegate equivalents?\b|\bsdes?\b|\b(?:state|county|precinct|district) delegates?\b/.test(h))
      return 'count';
    if (/\b(?:super)?delegates?\b|\bdels?\.?$|\b(?:un)?pledged\b/.test(h)) return 'delegates';
    if (
      /\bvotes?\b|\bballots?\b|\bcount\b|\bcaucus-?goers\b|\battendees\b|\bsupporters\b|\balignment\b|\bsupport\b|\bresults?\b/.test(
        h,
      )
    )
      return 'count';
    if (/\b(?:candidates?|name|nominee|choice|preference)\b/.test(h)) return 'name';
    return null;
  };
  const word = fc.constantFrom(
    'Votes',
    'per cent',
    'Percentage',
    'Pct.',
    'Share',
    'SDEs',
    'State delegates',
    'Dels',
    'Del.',
    'Pledged',
    'Unpledged',
    'Superdelegates',
    'Caucus-goers',
    'Attendees',
    'Support',
    'Results',
    'Candidate',
    'Name',
    'Nominee',
    'Choice',
    'Preference',
    '%',
    ' ',
    '_',
    '*',
    'x',
    'İ',
    'K',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(word, documentText), { maxLength: 5 }), (parts) => {
      const header = parts.join('');
      expect(classifyHeader(header)).toBe(byPatterns(header));
    }),
    { numRuns: 3000 },
  );
});
