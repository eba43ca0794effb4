import { describe, expect, it } from 'vitest';
import { toJson } from './json.ts';
import { arrayElement, jsonArray, jsonChunks } from './json-chunks.ts';

const values: [string, unknown][] = [
  [
    'a nested tally',
    { filter: {}, contests: 2, candidates: [{ id: 'a', rows: [1, 2.5, null] }], series: [] },
  ],
  ['empty arrays and objects at every level', [[], {}, [[]], { a: {}, b: [] }]],
  ['undefined dropped from objects and written null in arrays', { a: undefined, b: [undefined, 1], c: null }],
  ['an object whose every value is dropped', { a: undefined, b: () => 1, c: undefined }],
  ['escapes, line breaks and non-ASCII in keys and strings', { 'k"\n': 'Jóhn "Bo"\nKerry\u2028', é: ['\t'] }],
  ['a date, which JSON writes through its toJSON', { at: new Date(Date.UTC(2004, 1, 3)), in: [new Date(0)] }],
  ['big and small elements mixed', [1, [2, 3, [4, 5, 6, 7]], { a: [8, 9, 10] }, 11, 12, [[13]], 14]],
  ['plain values', 'text'],
  ['a number', -0],
];

describe('jsonChunks', () => {
  it.each(values)('joins to exactly what toJson writes: %s', (_, value) => {
    for (const limit of [1, 2, 3, 5, 4096])
      expect([...jsonChunks(value, limit)].join('')).toBe(toJson(value));
  });

  it('writes a big array in pieces of about `limit` values, so no piece holds the whole', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `row ${i}` }));
    const pieces = [...jsonChunks({ rows }, 30)];
    // 3 values a row (the row, its id, its name), so 10 rows a piece: '{ "rows": ', 100 runs, ']', '}', '\n'.
    expect(pieces).toHaveLength(1 + 100 + 3);
    expect(pieces.slice(1, 101).map((piece) => piece.match(/"id"/g)?.length)).toEqual(Array(100).fill(10));
    expect(pieces[1]?.startsWith('[\n    {\n      "id": 0,\n      "name": "row 0"\n    },\n    {')).toBe(
      true,
    );
    expect([...jsonChunks({ rows }, 30)].join('')).toBe(toJson({ rows }));
  });
});

describe('jsonArray', () => {
  const text = (pieces: Iterable<string | Uint8Array>) =>
    [...pieces].map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString())).join('');

  it('writes elements rendered one by one as toJson writes the whole array', () => {
    const items = [{ id: 'a', rows: [1, { b: null }] }, 'x', [], {}];
    expect(text(jsonArray(items.map(arrayElement)))).toBe(toJson(items));
  });

  it('takes elements as bytes too, and writes no elements as []', () => {
    expect(text(jsonArray([Buffer.from(arrayElement({ é: 1 }))]))).toBe(toJson([{ é: 1 }]));
    expect(text(jsonArray([]))).toBe('[]\n');
  });
});
