import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FindingCode } from './codes.js';

const documented = readFileSync(new URL('./CODES.md', import.meta.url), 'utf8');

describe('FindingCode', () => {
  it('is documented in CODES.md: one table row per code, no more, no less', () => {
    const listed = [...documented.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...FindingCode.options].sort());
  });
});
