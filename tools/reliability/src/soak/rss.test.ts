import { expect, test } from 'vitest';
import { parseVmRss, residentBytes, sampleMemory, summarizeMemory } from './rss.ts';

test('reads VmRSS in bytes from /proc/<pid>/status text', () => {
  expect(parseVmRss('Name:\tworkerd\nVmPeak:\t  900 kB\nVmRSS:\t   51200 kB\nThreads:\t9\n')).toBe(
    52_428_800,
  );
  expect(parseVmRss('Name:\tzombie\n')).toBeNull();
});

test("reads this process's resident memory, and null for a process that does not exist", async () => {
  expect(await residentBytes(process.pid)).toBeGreaterThan(1024 * 1024);
  expect(await residentBytes(2 ** 30)).toBeNull();
});

test('samples on an interval until stopped', async () => {
  const sampler = sampleMemory(process.pid, 10);
  await new Promise((resolve) => setTimeout(resolve, 60));
  const samples = await sampler.stop();
  expect(samples.length).toBeGreaterThanOrEqual(3);
  expect(samples.every((s, i) => i === 0 || s.atMs >= (samples[i - 1]?.atMs ?? 0))).toBe(true);
});

test('calls memory flat when the end is within the margin of the post-warm-up value', () => {
  const run = [100, 104, 98, 103].map((bytes, i) => ({ atMs: i * 1000, bytes }));
  expect(summarizeMemory(80, run, 0.05)).toEqual({
    start: 80,
    postWarmUp: 100,
    min: 98,
    max: 104,
    end: 103,
    growth: 0.030000000000000027,
    flat: true,
  });
  const growing = [100, 110, 120, 130].map((bytes, i) => ({ atMs: i * 1000, bytes }));
  expect(summarizeMemory(80, growing, 0.05).flat).toBe(false);
});
