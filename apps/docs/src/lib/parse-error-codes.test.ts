import { ParseErrorCode } from '@tally/core';
import { describe, expect, it } from 'vitest';
import { parseErrorCodes } from './parse-error-codes.js';

describe('parseErrorCodes', () => {
  it("lists every code of the schema, in the schema's order, each with a meaning", () => {
    expect(parseErrorCodes.map((entry) => entry.code)).toEqual(ParseErrorCode.options);
    expect(parseErrorCodes.find((entry) => entry.code === 'title-missing')?.meaning).toBe(
      'No title line (a line like = Title =).',
    );
    for (const entry of parseErrorCodes) expect(entry.meaning, entry.code).toMatch(/^[A-Z].+\.$/);
  });
});
