import { biomeFormatted } from '@tally/harness/biome-format';
import { expect, test } from 'vitest';
import { renderFuzzSection } from './fuzz-report.ts';
import { emptyStats } from './fuzz-stats.ts';

test('renders the counts, the answers in status order and the seeds to replay', () => {
  const stats = {
    ...emptyStats(),
    sent: 12,
    byTransport: { http: 10, raw: 2 },
    byAnswer: { 'worker 404': 5, 'worker 200': 4, 'runtime 501': 2, 'worker 405': 1 },
    markerToWorker: 3,
  };
  const rendered = renderFuzzSection(stats, {
    date: '2026-11-22T00:00:00.000Z',
    machine: 'a CPU',
    loadAtStart: '0.50',
    command: 'pnpm --filter @tally/reliability run fuzz',
    workerd: '1.2',
    seconds: 3.21,
    seeds: { http: 7, raw: 9 },
  });
  // Table cells are padded to their column's width; the assertions read them with single spaces.
  const text = rendered.replace(/ {2,}/g, ' ');
  expect(text).toContain('- seeds: http 7, raw 9 (replay with `FUZZ_SEED=<seed>`)');
  expect(text).toContain('| requests sent | 12 |');
  expect(text).toContain('| sent with node:http | 10 |\n| sent with raw bytes on a socket | 2 |');
  expect(text).toContain('| failures (a broken promise or no answer) | 0 |');
  expect(text).toContain(
    '| 5xx from the Worker | 0 |\n| 5xx from workerd (501 for methods it does not know) | 2 |',
  );
  expect(text).toContain('| time | 3.2 s |');
  expect(text).toContain('| runtime 501 | 2 |\n| worker 200 | 4 |\n| worker 404 | 5 |\n| worker 405 | 1 |');
  // RESULTS.md is checked by `biome check`: the section must come out already formatted.
  expect(biomeFormatted(`${rendered}\n`)).toBe(`${rendered}\n`);
});
