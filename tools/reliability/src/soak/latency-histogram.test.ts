import { expect, test } from 'vitest';
import { createHistogram, percentile, recordLatency } from './latency-histogram.ts';

test('gives the median and the 99th percentile to the resolution of a bin', () => {
  const histogram = createHistogram(0.1, 100);
  for (let i = 1; i <= 100; i++) recordLatency(histogram, i / 10);
  expect(histogram.total).toBe(100);
  expect(percentile(histogram, 50)).toBeCloseTo(5.1, 10);
  expect(percentile(histogram, 99)).toBeCloseTo(10, 10);
});

test('puts latencies past the range in the last bin', () => {
  const histogram = createHistogram(1, 10);
  recordLatency(histogram, 5000);
  expect(percentile(histogram, 100)).toBe(11);
});

test('has no percentile before any latency', () => {
  expect(percentile(createHistogram(), 50)).toBeNaN();
});
