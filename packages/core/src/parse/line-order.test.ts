import fc from 'fast-check';
import { expect, test } from 'vitest';
import { inLineOrder } from './line-order.js';

test('orders two lists by line as a stable sort of both does', () => {
  const item = fc.record({ line: fc.integer({ min: 1, max: 12 }), id: fc.integer() });
  fc.assert(
    fc.property(
      fc.array(item, { maxLength: 8 }),
      fc.array(item, { maxLength: 8 }),
      fc.boolean(),
      (a, b, sorted) => {
        const x = sorted ? [...a].sort((p, q) => p.line - q.line) : a;
        const y = sorted ? [...b].sort((p, q) => p.line - q.line) : b;
        expect(inLineOrder(x, y)).toEqual([...x, ...y].sort((p, q) => p.line - q.line));
      },
    ),
    { numRuns: 3000 },
  );
});
