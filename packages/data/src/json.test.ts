import { describe, expect, it } from 'vitest';
import { toJson } from './json.ts';

describe('toJson', () => {
  it('indents by two spaces and ends with a newline', () => {
    expect(toJson({ id: 'a', rows: [1, 2] })).toBe('{\n  "id": "a",\n  "rows": [\n    1,\n    2\n  ]\n}\n');
  });

  it('keeps null and drops nothing but undefined', () => {
    expect(toJson({ date: null, note: undefined })).toBe('{\n  "date": null\n}\n');
  });
});
