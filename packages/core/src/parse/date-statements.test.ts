import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../schema/contest.js';
import { readDateStatements } from './date-statements.js';
import { findDates } from './dates.js';

/** Paragraphs on the lines given, in the Results section. */
const prose = (...lines: [number, string][]): Paragraph[] =>
  lines.map(([line, text]) => ({ text, line, section: 'Results' }));

describe('readDateStatements', () => {
  test('the infobox date field', () => {
    expect(readDateStatements({ key: 'Election Date', value: '2004-02-03', line: 12 }, [], [], 2004)).toEqual(
      [{ date: '2004-02-03', line: 12, source: 'infobox', text: '2004-02-03' }],
    );
  });

  test('an infobox date field that is not a date states nothing', () => {
    expect(
      readDateStatements({ key: 'Election Date', value: 'to be announced', line: 12 }, [], [], 2004),
    ).toEqual([]);
  });

  test.each([
    ['Caucus date: February 8, 2004', '2004-02-08'],
    ['Date: February 3', '2004-02-03'],
    ['Date of the primary: March 2, 2004', '2004-03-02'],
    ['Election date: 2004-02-03', '2004-02-03'],
  ])('a labelled line %j', (text, date) => {
    expect(readDateStatements(undefined, prose([30, text]), [], 2004)).toEqual([
      { date, line: 30, source: 'labelled', text },
    ]);
  });

  test('a labelled line in a list', () => {
    expect(
      readDateStatements(undefined, [], [{ text: 'Date: February 3, 2004', line: 8, section: null }], 2004),
    ).toEqual([{ date: '2004-02-03', line: 8, source: 'labelled', text: 'Date: February 3, 2004' }]);
  });

  test('words ending in "date" are not a date label', () => {
    expect(
      readDateStatements(
        undefined,
        prose([30, 'Candidate: John Kerry, February 3'], [31, 'Update: February 10, 2004']),
        [],
        2004,
      ),
    ).toEqual([]);
  });

  test('a date the prose says the contest was held on', () => {
    expect(
      readDateStatements(
        undefined,
        prose([
          20,
          'The 2004 North Dakota Democratic presidential caucuses were held on February 3 along with six other states.',
        ]),
        [],
        2004,
      ),
    ).toEqual([{ date: '2004-02-03', line: 20, source: 'prose', text: 'February 3' }]);
  });

  test('"took place on Tuesday, February 3, 2004" is a statement of the date', () => {
    expect(
      readDateStatements(
        undefined,
        prose([20, 'The caucuses took place on Tuesday, February 3, 2004.']),
        [],
        2004,
      ),
    ).toEqual([{ date: '2004-02-03', line: 20, source: 'prose', text: 'February 3, 2004' }]);
  });

  test('the same prose date said twice counts once, at its first line', () => {
    expect(
      readDateStatements(
        undefined,
        prose(
          [20, 'The caucuses were held on February 3.'],
          [22, 'Turnout was high when they were held on February 3.'],
        ),
        [],
        2004,
      ),
    ).toEqual([{ date: '2004-02-03', line: 20, source: 'prose', text: 'February 3' }]);
  });

  test('two different prose dates are not an unambiguous date: neither counts', () => {
    expect(
      readDateStatements(
        undefined,
        prose(
          [20, 'The caucuses were held on February 3.'],
          [22, 'The county caucuses were held on February 10.'],
        ),
        [],
        2004,
      ),
    ).toEqual([]);
  });

  test('a date of another year is not the contest’s', () => {
    expect(
      readDateStatements(
        undefined,
        prose([20, 'The previous caucuses were held on March 7, 2000.']),
        [],
        2004,
      ),
    ).toEqual([]);
  });

  test('a date the prose does not say the contest was held on is not a statement of it', () => {
    expect(
      readDateStatements(
        undefined,
        prose([20, 'Kerry had won Iowa on January 19 and New Hampshire on January 27.']),
        [],
        2004,
      ),
    ).toEqual([]);
  });

  test('every statement, in line order, whatever their sources', () => {
    expect(
      readDateStatements(
        { key: 'Election Date', value: 'February 3, 2004', line: 12 },
        prose([40, 'The caucuses were held on February 10.']),
        [{ text: 'Caucus date: February 8, 2004', line: 30, section: null }],
        2004,
      ),
    ).toEqual([
      { date: '2004-02-03', line: 12, source: 'infobox', text: 'February 3, 2004' },
      { date: '2004-02-08', line: 30, source: 'labelled', text: 'Caucus date: February 8, 2004' },
      { date: '2004-02-10', line: 40, source: 'prose', text: 'February 10' },
    ]);
  });
});

describe('findDates', () => {
  test('every date a text names, in order, in each way it may be written', () => {
    expect(findDates('Set on 2004-02-03, moved to February 7, 2004, then 3 March.', 2004)).toEqual([
      { date: '2004-02-03', index: 7, text: '2004-02-03' },
      { date: '2004-02-07', index: 28, text: 'February 7, 2004' },
      { date: '2004-03-03', index: 51, text: '3 March' },
    ]);
  });

  test('a date without a year takes the year given; a date of another year keeps its own', () => {
    expect(findDates('February 3 and March 7, 2000', 2004)).toEqual([
      { date: '2004-02-03', index: 0, text: 'February 3' },
      { date: '2000-03-07', index: 15, text: 'March 7, 2000' },
    ]);
  });

  test('abbreviated months and ordinal days', () => {
    expect(findDates('Feb. 3rd and Sept 14', 2004).map((d) => d.date)).toEqual(['2004-02-03', '2004-09-14']);
  });

  test('words and numbers that are not dates', () => {
    expect(findDates('February 30, 2004; Smarch 3; 15 delegates; 2004-13-01; 50.82%', 2004)).toEqual([]);
  });
});

test('a date something other than the contest was held on is not a statement of the contest’s date', () => {
  // The spec reads "an unambiguous date in prose about the contest": a debate's date is not the caucuses'.
  expect(
    readDateStatements(
      undefined,
      prose([20, 'A televised debate was held on January 29 in Fargo.']),
      [],
      2004,
    ),
  ).toEqual([]);
});
