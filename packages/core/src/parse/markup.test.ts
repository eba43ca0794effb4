import fc from 'fast-check';
import { expect, test } from 'vitest';
import { documentText } from './fixtures/text.js';
import { isPlain, stripMarkup } from './markup.js';

/** `stripMarkup` without its fast path: every step runs, whatever the text. */
function stripEveryStep(text: string): string {
  let s = text;
  if (s.includes("''")) s = s.replace(/'{2,}/g, '');
  if (s.includes('[[')) {
    let out = '';
    let from = 0;
    for (let open = s.indexOf('[['); open >= 0; open = s.indexOf('[[', from)) {
      const close = s.indexOf(']]', open + 2);
      if (close < 0) break;
      const link = s.slice(open + 2, close);
      out += s.slice(from, open) + link.slice(link.lastIndexOf('|') + 1);
      from = close + 2;
    }
    s = out + s.slice(from);
  }
  if (s.includes('<')) {
    let out = '';
    let from = 0;
    for (let open = s.indexOf('<ref', from); open >= 0; open = s.indexOf('<ref', from)) {
      const close = s.indexOf('</ref>', open);
      if (close < 0) break;
      out += `${s.slice(from, open)} `;
      from = close + 6;
    }
    s = (out + s.slice(from)).replace(/<[^<>]*>/g, ' ');
  }
  if (s.includes('[')) s = s.replace(/\[(?:[a-z]|\d{1,3}|note \d{1,3}|citation needed)\]/gi, '');
  if (s.includes('&'))
    s = s
      .replace(/&nbsp;/g, ' ')
      .replace(/&ndash;/g, '–')
      .replace(/&mdash;/g, '—')
      .replace(/&amp;/g, '&');
  return s.replace(/\s+/g, ' ').trim();
}

test('strips bold, links, notes and footnote marks', () => {
  expect(stripMarkup("'''[[John Forbes Kerry|John Kerry]]'''<ref>AP</ref>[a] &amp; co")).toBe(
    'John Kerry & co',
  );
});

test('a plain cell is only trimmed', () => {
  expect(isPlain("Mary O'Connell", 0, 14)).toBe(true);
  expect(isPlain('Mary  Bellamy', 0, 13)).toBe(false);
  expect(isPlain('Mary\u00a0Bellamy', 0, 12)).toBe(false);
  expect(stripMarkup(' Mary Bellamy ')).toBe('Mary Bellamy');
});

test('gives what every step gives, on any text', () => {
  fc.assert(
    fc.property(documentText, (text) => {
      expect(stripMarkup(text)).toBe(stripEveryStep(text));
    }),
    { numRuns: 2000 },
  );
});

test('white space outside ASCII is white space to isPlain, as it is to \\s', () => {
  const disagree: number[] = [];
  for (let code = 0x80; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (isPlain(char, 0, 1) === /\s/.test(char)) disagree.push(code);
  }
  expect(disagree).toEqual([]);
});
