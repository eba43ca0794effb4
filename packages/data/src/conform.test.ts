import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { conform } from './conform.ts';

const Point = z.object({ x: z.number(), y: z.number() });

describe('conform', () => {
  it("gives the value with its keys in the schema's order", () => {
    expect(Object.keys(conform(Point, { y: 2, x: 1 }, 'point.json'))).toEqual(['x', 'y']);
  });

  it('throws, naming the file and the path, for a value the schema refuses', () => {
    expect(() => conform(Point, { x: 1, y: 'two' }, 'point.json')).toThrow(
      'point.json does not match its schema at y: Invalid input: expected number, received string',
    );
  });
});
