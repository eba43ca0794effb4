import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servedDocument } from '../testing/conformance.js';
import { app } from '../worker-app.js';

// For every query parameter the document gives a pattern (the decimal integers, `q`, `race`), random values
// sent alone (with `q` for search) are accepted exactly when the pattern and the lengths the document states
// accept them: the server refuses nothing the document allows, and accepts nothing it forbids. Portman's
// fuzzing (openapi-fuzz.node.test.ts) covers minimum, maximum, lengths and required parameters; this, patterns.
type Parameter = {
  name: string;
  in: string;
  schema: { pattern?: string; minLength?: number; maxLength?: number; enum?: string[] };
};

const value = fc.oneof(
  fc.stringMatching(/^[0-9]{1,8}$/),
  fc.string({ unit: fc.constantFrom(...'0123456789xXeE+-. _abcZ%'.split('')), maxLength: 10 }),
  fc.constantFrom(
    '0x10',
    '2e3',
    '+5',
    ' 5',
    '5 ',
    '05',
    '1.0',
    '1e2',
    '0',
    '100',
    '101',
    '2004',
    '0999',
    '2004-democratic',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const allowed = (parameter: Parameter, text: string) => {
  const { pattern, minLength = 0, maxLength = Number.POSITIVE_INFINITY } = parameter.schema;
  const length = [...text].length;
  return (
    length >= minLength &&
    length <= maxLength &&
    (pattern === undefined || new RegExp(pattern, 'u').test(text))
  );
};

describe('the parameters the document gives a pattern', () => {
  it('are accepted exactly when the document says they are', async () => {
    const doc = (await servedDocument()) as unknown as {
      paths: Record<string, { get: { parameters?: Parameter[] } }>;
    };
    const checked: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      if (path.includes('{')) continue;
      for (const parameter of item.get.parameters ?? []) {
        if (parameter.in !== 'query' || parameter.schema.pattern === undefined) continue;
        checked.push(`${path} ${parameter.name}`);
        await fc.assert(
          fc.asyncProperty(value, async (text) => {
            const query = new URLSearchParams({ [parameter.name]: text });
            if (path === '/v1/search' && parameter.name !== 'q') query.set('q', 'kerry');
            // The app itself: each request through the Worker's export costs more than the last (workers-sdk#15446).
            const response = await app.request(`${path}?${query}`);
            await response.arrayBuffer();
            expect([path, parameter.name, text, response.status]).toEqual([
              path,
              parameter.name,
              text,
              allowed(parameter, text) ? 200 : 400,
            ]);
          }),
          { numRuns: 100, seed: 12 },
        );
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        '/v1/contests limit',
        '/v1/contests year',
        '/v1/contests cursor',
        '/v1/search q',
        '/v1/search limit',
        '/v1/races year',
      ]),
    );
  }, 120_000);
});
