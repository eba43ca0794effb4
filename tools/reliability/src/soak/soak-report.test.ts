import { biomeFormatted } from '@tally/harness/biome-format';
import { expect, test } from 'vitest';
import { failures, renderSoakSection, type SoakFigures, unexpectedAnswers } from './soak-report.ts';

const figures: SoakFigures = {
  date: '2026-11-22T00:00:00.000Z',
  machine: 'a CPU, 4 logical cores',
  loadAtStart: '0.10',
  command: 'pnpm --filter @tally/reliability run soak',
  workerd: '1.2',
  connections: 64,
  warmUpSeconds: 10,
  seconds: 60,
  mix: { lookup: 5, conditional: 1 },
  sent: 600_064,
  completed: 600_000,
  errors: 0,
  timeouts: 0,
  statuses: { '200': 500_000, '304': 100_000 },
  latencyMs: { p50: 1.23, p99: 4.5, max: 20 },
  memory: {
    start: 50 * 2 ** 20,
    postWarmUp: 60 * 2 ** 20,
    min: 59 * 2 ** 20,
    max: 62 * 2 ** 20,
    end: 61 * 2 ** 20,
    growth: 1 / 60,
    flat: true,
  },
  marginPercent: 10,
};

test('counts as failures the errors (timeouts among them) and every answer other than 200 or 304', () => {
  expect(unexpectedAnswers({ '200': 5, '304': 2, '404': 1, '503': 2 })).toBe(3);
  expect(failures({ errors: 3, statuses: { '200': 5, '500': 1 } })).toBe(4);
  expect(failures(figures)).toBe(0);
});

test('renders the figures with the units and the flat-memory verdict', () => {
  const rendered = renderSoakSection(figures);
  // Table cells are padded to their column's width; the assertions read them with single spaces.
  const text = rendered.replace(/ {2,}/g, ' ');
  expect(text).toContain('| requests sent | 600064 (64 still in flight when the run stopped) |');
  expect(text).toContain('| responses | 600000 (10000 per second) |');
  expect(text).toContain('| failed requests (errors, timeouts, answers other than 200 or 304) | 0 |');
  expect(text).toContain('| latency p50 / p99 / max | 1.23 ms / 4.50 ms / 20.00 ms |');
  expect(text).toContain('| workerd RSS at the end | 61.0 MiB (+1.7% on the post-warm-up value) |');
  expect(text).toContain('| memory flat (end within 10% of the post-warm-up value) | yes |');
  expect(text).toContain('each connection cycles through 5 lookup, 1 conditional');
  expect(text).toContain('- machine: a CPU, 4 logical cores; load average 0.10 at the start');
  // RESULTS.md is checked by `biome check`: the section must come out already formatted.
  expect(biomeFormatted(`${rendered}\n`)).toBe(`${rendered}\n`);
});
