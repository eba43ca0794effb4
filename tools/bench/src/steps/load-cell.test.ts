import { describe, expect, it } from 'vitest';
import { cycle, processTimesMs } from './load-cell.ts';

describe('cycle', () => {
  it('hands out the paths in order, then starts again from the first', () => {
    const next = cycle(['/a', '/b', '/c']);
    expect([next(), next(), next(), next(), next()]).toEqual(['/a', '/b', '/c', '/a', '/b']);
  });

  it('refuses an empty list', () => {
    expect(() => cycle([])).toThrow('at least one path');
  });
});

describe('processTimesMs', () => {
  it("reads this process's user and system time from /proc", () => {
    const times = processTimesMs(process.pid);
    expect(times?.user).toBeGreaterThanOrEqual(0);
    expect(times?.system).toBeGreaterThanOrEqual(0);
  });

  it('gives null for a process that does not exist', () => {
    expect(processTimesMs(2 ** 22 + 1)).toBeNull();
  });
});
