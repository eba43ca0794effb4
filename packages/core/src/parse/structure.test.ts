import { describe, expect, test } from 'vitest';
import { splitLines } from './lines.js';
import { captionText, fieldOf, heading, readStructure } from './structure.js';

describe('line kinds', () => {
  test('headings give their level and text; unbalanced ones are not headings', () => {
    expect(heading('= 2004 Iowa Democratic caucuses =')).toEqual({
      level: 1,
      title: '2004 Iowa Democratic caucuses',
    });
    expect(heading('==Results==')).toEqual({ level: 2, title: 'Results' });
    expect(heading('=== By county ===')).toEqual({ level: 3, title: 'By county' });
    expect(heading('==Results=')).toBeNull();
    expect(heading('====')).toBeNull();
  });
  test('infobox fields split at the first colon', () => {
    expect(fieldOf('- Election Date: 2004-02-03')).toEqual({ key: 'Election Date', value: '2004-02-03' });
    expect(fieldOf('- Map: , Kerry: , Sharpton: |By winner')).toEqual({
      key: 'Map',
      value: ', Kerry: , Sharpton: |By winner',
    });
    expect(fieldOf('- 2004 North Carolina Republican presidential primary')).toBeNull();
  });
  test('caption lines in both forms', () => {
    expect(captionText('  - style="background-color:#f2f2f2;" |2004 Iowa caucuses**')).toBe(
      '2004 Iowa caucuses',
    );
    expect(captionText('|+ Results by county')).toBe('Results by county');
    expect(captionText('- a plain list item')).toBeNull();
  });
});

test('reads title, infobox, sections, paragraphs, lists and tables with their lines', () => {
  const doc = readStructure(
    splitLines(
      [
        '= 2004 Iowa Democratic presidential caucuses =',
        '',
        'Infobox',
        '- Election Date: 2004-01-19',
        '- Candidate1: John Kerry',
        '',
        'Kerry won.',
        '==Results==',
        '|+ Caption',
        '| Candidate | Votes |',
        '| John Kerry | 10 |',
        '| Total | 10 |',
        '==See also==',
        '- Other article',
      ].join('\n'),
    ),
  );
  expect(doc.title?.number).toBe(1);
  expect(doc.infoboxLine).toBe(3);
  expect(doc.fields).toEqual([
    { key: 'Election Date', value: '2004-01-19', line: 4 },
    { key: 'Candidate1', value: 'John Kerry', line: 5 },
  ]);
  expect(doc.paragraphs).toEqual([{ text: 'Kerry won.', line: 7, section: null }]);
  expect(doc.sections.map((s) => s.line)).toEqual([8, 13]);
  expect(doc.tables).toHaveLength(1);
  expect(doc.tables[0]?.caption?.number).toBe(9);
  expect(doc.tables[0]?.lines.map((l) => l.number)).toEqual([10, 11, 12]);
  expect(doc.lists).toEqual([{ text: 'Other article', line: 14, section: 'See also' }]);
});

test('splitLines accepts LF, CRLF and CR, and drops tabs and trailing spaces', () => {
  expect(splitLines('a\r\nb\rc\n\td \t\n')).toEqual([
    { number: 1, text: 'a' },
    { number: 2, text: 'b' },
    { number: 3, text: 'c' },
    { number: 4, text: ' d' },
  ]);
});
