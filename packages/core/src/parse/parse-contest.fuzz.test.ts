import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Contest } from '../schema/contest.js';
import { ParseError } from '../schema/parse-error.js';
import { parseContest } from './parse-contest.js';

const dir = new URL('../../../data/sources/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** One edit to a document's lines, as damage in transit or a careless edit would make. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('garble' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant('reformat' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('huge' as const),
    at: fc.nat(),
    size: fc.integer({ min: 1000, max: 200_000 }),
  }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, edits: Mutation[]): string | Uint8Array {
  let lines = text.split('\n');
  let flips: { at: number; byte: number }[] = [];
  for (const m of edits) {
    const i = m.at % Math.max(lines.length, 1);
    const line = lines[i] ?? '';
    if (m.op === 'drop') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, line);
    else if (m.op === 'swap') {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', line];
    } else if (m.op === 'garble') {
      const cells = line.split('|');
      const k = m.at % cells.length;
      cells[k] = m.text;
      lines[i] = cells.join('|');
    } else if (m.op === 'reformat')
      lines[i] = line.replace(/(\d),(\d)/g, '$1$2').replace(/(\d)\.(\d)/g, '$1,$2');
    else if (m.op === 'huge') lines[i] = `${line}${'| 9'.repeat(Math.floor(m.size / 3))}`;
    else flips = [...flips, { at: m.at, byte: m.byte }];
  }
  lines = lines.slice(0, 5000);
  if (flips.length === 0) return lines.join('\n');
  const bytes = new TextEncoder().encode(lines.join('\n'));
  for (const f of flips) bytes[f.at % bytes.length] = f.byte;
  return bytes;
}

function check(input: string | Uint8Array) {
  const result = parseContest(input, { file: 'fuzz.txt' });
  if (result.ok) {
    expect(Contest.safeParse(result.contest).success).toBe(true);
  } else {
    expect(ParseError.safeParse(result.error).success).toBe(true);
    const lines = (typeof input === 'string' ? input : new TextDecoder().decode(input)).split('\n').length;
    expect(result.error.line).toBeLessThanOrEqual(lines + 1);
  }
}

test('mutated seeds give a valid Contest or an error with a line, never an exception', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...seeds),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
      (seed, edits) => {
        check(apply(seed, edits));
      },
    ),
    { numRuns: 400 },
  );
});

test('arbitrary text and bytes never make the parser throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.uint8Array({ maxLength: 400 })),
      (input) => {
        check(input);
      },
    ),
    { numRuns: 400 },
  );
});

test('pathological lines finish (no backtracking blow-up)', () => {
  const n = 200_000;
  for (const line of [
    `=${' '.repeat(n)}=x`,
    `==${' '.repeat(n)}=`,
    `- ${'*'.repeat(n)}x`,
    `- ${'a'.repeat(n)}`,
    `| ${'[['.repeat(n / 2)} |`,
    `| ${"'".repeat(n)} |`,
    `- Votes For Election: ${'1'.repeat(n)}`,
    `| ${'1,'.repeat(n / 2)} |`,
    `| ${'<ref'.repeat(n / 4)} |`,
    `| ${'<a'.repeat(n / 2)} |`,
    `| ${'[1'.repeat(n / 2)} |`,
    `| ${'a (withdrawn'.repeat(n / 12)} |`,
    `- Candidate1: ${' ('.repeat(n / 2)}`,
    `- Election Date: ${'January 1 '.repeat(n / 10)}`,
  ]) {
    check(
      `= 2004 Iowa Democratic caucuses =\nInfobox\n${line}\n| Candidate | Votes |\n${line}\n| A | 1 |\n| Total | 1 |\n`,
    );
  }
});
