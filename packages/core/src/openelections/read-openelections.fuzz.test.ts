import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { auditContest } from '../audit/index.js';
import { Contest } from '../schema/contest.js';
import { ParseError } from '../schema/parse-error.js';
import { readOpenElections } from './read-openelections.js';

const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') }));

/** One edit to a CSV's lines, as a careless export or damage in transit would make. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('garble' as const),
    at: fc.nat(),
    cell: fc.nat(),
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('insert-cell' as const), at: fc.nat(), cell: fc.nat() }),
  fc.record({ op: fc.constant('drop-cell' as const), at: fc.nat(), cell: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, edits: Mutation[]): Uint8Array {
  const lines = text.split(/\r\n|\r|\n/);
  const flips: { at: number; byte: number }[] = [];
  for (const m of edits) {
    const i = m.at % Math.max(lines.length, 1);
    const cells = (lines[i] ?? '').split(',');
    if (m.op === 'drop') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.op === 'swap') {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    } else if (m.op === 'garble') {
      cells[m.cell % cells.length] = m.text;
      lines[i] = cells.join(',');
    } else if (m.op === 'insert-cell') {
      cells.splice(m.cell % (cells.length + 1), 0, '');
      lines[i] = cells.join(',');
    } else if (m.op === 'drop-cell') {
      cells.splice(m.cell % cells.length, 1);
      lines[i] = cells.join(',');
    } else flips.push({ at: m.at, byte: m.byte });
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  for (const f of flips) if (bytes.length > 0) bytes[f.at % bytes.length] = f.byte;
  return bytes;
}

test('any damaged CSV gives valid contests that audit, or an error with a line; never a throw', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...fixtures),
      fc.array(mutation, { minLength: 1, maxLength: 6 }),
      ({ file, text }, edits) => {
        const result = readOpenElections(apply(text, edits), { file });
        if (result.ok) {
          for (const contest of result.contests) {
            expect(Contest.safeParse(contest).success).toBe(true);
            expect(() => auditContest(contest)).not.toThrow();
          }
        } else {
          expect(ParseError.safeParse(result.error).success).toBe(true);
          expect(result.error.line).toBeGreaterThanOrEqual(0);
        }
      },
    ),
    { numRuns: 400, seed: 20261203 },
  );
});
