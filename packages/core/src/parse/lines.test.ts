import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitLines } from './lines.js';

test('numbers lines across LF, CRLF and lone CR; tabs become spaces, trailing spaces go', () => {
  expect(splitLines('= A =\r\n| a\t| b |  \rlast\n')).toEqual([
    { number: 1, text: '= A =' },
    { number: 2, text: '| a | b |' },
    { number: 3, text: 'last' },
  ]);
});

test('splits any text as the line-end pattern does', () => {
  const byPattern = (text: string) => {
    const out = text
      .split(/\r\n|\r|\n/)
      .map((raw, i) => ({ number: i + 1, text: raw.replaceAll('\t', ' ').trimEnd() }));
    if (out.length > 1 && out[out.length - 1]?.text === '' && /(?:\r\n|\r|\n)$/.test(text)) out.pop();
    return out;
  };
  const text = fc
    .array(fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '|'), { maxLength: 30 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (t) => {
      expect(splitLines(t)).toEqual(byPattern(t));
    }),
    { numRuns: 2000 },
  );
});
