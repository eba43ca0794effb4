import { describe, expect, it } from 'vitest';
import { bytes, int, ms, ratio } from './format.ts';

describe('format', () => {
  it('writes sizes in binary units', () => {
    expect(bytes(512)).toBe('512 B');
    expect(bytes(64 * 1024 * 1024)).toBe('64.0 MiB');
    expect(bytes(1536)).toBe('1.5 KiB');
  });

  it('writes counts with thousands separators', () => {
    expect(int(100000)).toBe('100,000');
  });

  it('keeps two decimals for small times and ratios', () => {
    expect(ms(3.456)).toBe('3.46 ms');
    expect(ms(250.4)).toBe('250 ms');
    expect(ratio(0.912)).toBe('0.91x');
  });
});
