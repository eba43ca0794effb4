import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trips an offset through an opaque URL-safe string', () => {
    for (const offset of [0, 1, 20, 99, 12345]) {
      const cursor = encodeCursor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(offset);
    }
  });

  it('refuses text it did not give out', () => {
    for (const text of ['', 'abc', '!!!!', '%%', 'bzotMQ', btoa('o:01'), btoa('x:5'), 'a'.repeat(40)]) {
      expect(decodeCursor(text)).toBeNull();
    }
  });
});
