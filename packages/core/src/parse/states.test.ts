import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findState, STATE_NAMES, STATE_PATTERN, STATES } from './states.js';

/** What the pattern finds: the first match, its name looked up in lower case. */
function byPattern(text: string) {
  const m = STATE_PATTERN.exec(text);
  if (!m) return null;
  const matched = m[1] as string;
  const code = STATES.find(([name]) => name.toLowerCase() === matched.toLowerCase())?.[1] as string;
  return { name: STATE_NAMES.get(code), code, index: m.index, length: matched.length };
}

test('finds the state the pattern finds, where it finds it', () => {
  const piece = fc.oneof(
    fc.constantFrom(...STATES.map(([name]) => name)),
    fc.constantFrom(
      'west ',
      'WASHINGTON',
      'Virginia',
      'x',
      ' ',
      ',',
      '.',
      'D.C.',
      'Islands',
      'Kansasx',
      'é',
      'ſ',
    ),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      expect(findState(text)).toEqual(byPattern(text));
    }),
    { numRuns: 5000 },
  );
  expect(findState('2004 West Virginia Democratic primary')?.code).toBe('WV');
  expect(findState('Kansasville and Washington, D.C.')).toMatchObject({ code: 'DC', index: 16 });
});
