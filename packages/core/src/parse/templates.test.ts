import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveTemplates, showTemplate } from './templates.js';

describe('showTemplate', () => {
  test('sortname shows the first and last name, not the sort key', () => {
    expect(showTemplate('sortname', ['John', 'Kerry'])).toBe('John Kerry');
    expect(showTemplate('Sortname', ['John', 'Kerry', 'Kerry, John'])).toBe('John Kerry');
    expect(showTemplate('sortname', ['John', 'Kerry', 'nolink=1'])).toBe('John Kerry');
  });

  test('nts and formatnum show the number as written', () => {
    expect(showTemplate('nts', ['5366'])).toBe('5366');
    expect(showTemplate('NTS', [' 5,366 '])).toBe('5,366');
    expect(showTemplate('formatnum:5366', [])).toBe('5366');
  });

  test('a word template shows its word', () => {
    expect(showTemplate('n/a', [])).toBe('n/a');
    expect(showTemplate('N/A', ['not on the ballot'])).toBe('n/a');
    expect(showTemplate('TBD', [])).toBe('TBD');
    expect(showTemplate('tba', [])).toBe('TBD');
    expect(showTemplate('mdash', [])).toBe('—');
  });

  test('named arguments are not what a template shows', () => {
    expect(showTemplate('nowrap', ['style=color:red', 'John Kerry'])).toBe('John Kerry');
    expect(showTemplate('sort', ['Kerry', 'John Kerry'])).toBe('John Kerry');
  });

  test('flagicon and unknown templates show nothing', () => {
    expect(showTemplate('flagicon', ['USA'])).toBe('');
    expect(showTemplate('cite web', ['url=https://example.org', 'title=Results'])).toBe('');
    expect(showTemplate('small', ['(former vice president)'])).toBe('');
  });
});

describe('resolveTemplates', () => {
  test('{{sortname|John|Kerry}} reads John Kerry', () => {
    expect(resolveTemplates('{{sortname|John|Kerry}}')).toBe('John Kerry');
  });

  test('{{nts|5366}} and {{formatnum:5366}} read 5366', () => {
    expect(resolveTemplates('{{nts|5366}}')).toBe('5366');
    expect(resolveTemplates('{{formatnum:5366}}')).toBe('5366');
  });

  test('a flag before a name is dropped, the name kept', () => {
    expect(resolveTemplates('{{flagicon|USA}} John Kerry')).toBe(' John Kerry');
  });

  test('an unknown template is dropped, so a figure it held is not read as another figure', () => {
    expect(resolveTemplates('5,366{{efn|Certified on March 1}}')).toBe('5,366');
    expect(resolveTemplates('{{mystery|5366}}')).toBe('');
  });

  test('{{n/a}} and {{TBD}} read as the words a table writes for no figure', () => {
    expect(resolveTemplates('{{n/a}}')).toBe('n/a');
    expect(resolveTemplates('{{TBD}}')).toBe('TBD');
    expect(resolveTemplates('{{N/A|Withdrew}}')).toBe('n/a');
  });

  test('nested templates are resolved innermost first', () => {
    expect(resolveTemplates('{{nowrap|{{sortname|John|Kerry}}}}')).toBe('John Kerry');
    expect(resolveTemplates('{{nowrap|{{flagicon|USA}} {{sortname|John|Edwards}}}} (withdrawn)')).toBe(
      'John Edwards (withdrawn)',
    );
    expect(resolveTemplates('{{sort|{{nts|5366}}|{{nts|5,366}}}}')).toBe('5,366');
  });

  test('pipes inside a link in a template do not split its arguments', () => {
    expect(resolveTemplates('{{nowrap|[[John Kerry|Kerry]]}}')).toBe('[[John Kerry|Kerry]]');
  });

  test('an unclosed {{ is kept as written', () => {
    expect(resolveTemplates('John {{nowrap|Kerry')).toBe('John {{nowrap|Kerry');
    expect(resolveTemplates('{{nowrap|{{nts|5366}} and more')).toBe('{{nowrap|5366 and more');
  });

  test('a }} with no {{ before it is kept as written', () => {
    expect(resolveTemplates('John }} Kerry')).toBe('John }} Kerry');
    expect(resolveTemplates('{{nts|1}} }}')).toBe('1 }}');
  });

  test('a text without templates is returned as it is', () => {
    expect(resolveTemplates('| John Kerry | 5,366 |')).toBe('| John Kerry | 5,366 |');
  });
});

/**
 * What resolveTemplates gives, the simple way: replace the leftmost innermost `{{...}}` (one with no `{{`
 * or `}}` inside) by what it shows, again and again until none is left.
 */
function resolveByRewriting(text: string): string {
  const innermost = /\{\{((?:(?!\{\{|\}\})[\s\S])*)\}\}/;
  let s = text;
  for (let m = innermost.exec(s); m !== null; m = innermost.exec(s)) {
    const [name = '', ...args] = (m[1] as string).split('|');
    s = s.slice(0, m.index) + showTemplate(name, args) + s.slice(m.index + m[0].length);
  }
  return s;
}

/**
 * Braces only in pairs, and every `{{` followed by a template's name, so that no run of three or more braces
 * asks which two open, and resolving a template never makes a new `{{` or `}}` out of its neighbours.
 */
const templateText = fc
  .array(
    fc.constantFrom(
      '{{nts|',
      '{{formatnum:',
      '{{sortname|',
      '{{flagicon|',
      '{{n/a',
      '{{TBD',
      '{{nowrap|',
      '{{sort|',
      '{{small|',
      '{{efn|',
      '}}',
      '|',
      'name=',
      ' ',
      'John',
      'Kerry',
      '5,366',
      '50.82',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

test('gives what rewriting the innermost template again and again gives, on any text', () => {
  fc.assert(
    fc.property(templateText, (text) => {
      expect(resolveTemplates(text)).toBe(resolveByRewriting(text));
    }),
    { numRuns: 3000 },
  );
});

// A line about as long as the largest document (4 MiB): a pass that searched the rest of the line again at
// each `{{` or `}}` takes 20 to 30 seconds on each of the last three (measured on the project machine); one pass takes well under
// a second, so the limit below leaves a wide margin either way.
const LONG = 4_000_000;
test.each([
  ['templates one after another', '{{nts|1}}'.repeat(LONG / 9), '1'.repeat(LONG / 9)],
  ['opening braces never closed', '{{'.repeat(LONG / 4), null],
  ['opening braces never closed, then text', `${'{{'.repeat(LONG / 8)}${'x'.repeat(LONG / 4)}`, null],
  ['templates nested deep, then all closed', `${'{{nts|'.repeat(LONG / 8)}5${'}}'.repeat(LONG / 8)}`, '5'],
])(
  'resolves a line of %s in one pass',
  (_, line, expected) => {
    expect(resolveTemplates(line)).toBe(expected ?? line);
  },
  10_000,
);

describe('templates that show something else than their first argument', () => {
  test('{{ntsh}} is a hidden sort key: it shows nothing, the figure after it is the cell', () => {
    expect(resolveTemplates('{{ntsh|5366}}5,366')).toBe('5,366');
    expect(resolveTemplates('{{ntsh|0}}None')).toBe('None');
  });

  test('{{pad}} is blank space of a width, not the width', () => {
    expect(resolveTemplates('{{pad|1em}}5,366').trim()).toBe('5,366');
  });

  test('{{font color}} shows its text, not its colour', () => {
    expect(resolveTemplates('{{font color|green|John Kerry}}')).toBe('John Kerry');
    expect(resolveTemplates('{{font color|green|yellow|John Kerry}}')).toBe('John Kerry');
  });

  test('{{ill}} shows the English article’s name, not the foreign one', () => {
    expect(resolveTemplates('{{ill|José Pérez|es|José Pérez (político)}}')).toBe('José Pérez');
  });
});
