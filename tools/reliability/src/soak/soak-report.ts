import { markdownTable } from '@tally/harness/markdown-table';
import type { MemorySummary } from './rss.ts';

export type SoakFigures = {
  date: string;
  machine: string;
  loadAtStart: string;
  command: string;
  workerd: string;
  connections: number;
  warmUpSeconds: number;
  seconds: number;
  mix: Record<string, number>;
  sent: number;
  completed: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number };
  memory: MemorySummary;
  marginPercent: number;
};

/** Answers other than 200 and 304: every request in the mix should get one of those two. */
export function unexpectedAnswers(statuses: Record<string, number>): number {
  return Object.entries(statuses)
    .filter(([status]) => status !== '200' && status !== '304')
    .reduce((sum, [, count]) => sum + count, 0);
}

/**
 * Failed requests: autocannon's errors (a connection error or a timeout; it counts a timeout in both
 * `errors` and `timeouts`) and answers other than 200 or 304.
 */
export function failures(figures: Pick<SoakFigures, 'errors' | 'statuses'>): number {
  return figures.errors + unexpectedAnswers(figures.statuses);
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** The soak section of RESULTS.md. */
export function renderSoakSection(f: SoakFigures): string {
  const statuses = Object.entries(f.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const mix = Object.entries(f.mix)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const m = f.memory;
  return [
    '## Soak',
    '',
    `- date: ${f.date}`,
    `- machine: ${f.machine}; load average ${f.loadAtStart} at the start`,
    `- runtime: workerd ${f.workerd}, the built Worker (\`apps/edge-api/dist\`), on 127.0.0.1; autocannon in the same machine`,
    `- command: \`${f.command}\``,
    `- load: ${f.connections} connections, no pipelining, ${f.warmUpSeconds} s of warm-up (not counted) then ${f.seconds} s measured; each connection cycles through ${mix}`,
    '',
    markdownTable(
      ['what', 'figure'],
      [
        [`requests sent`, `${f.sent} (${f.sent - f.completed} still in flight when the run stopped)`],
        [`responses`, `${f.completed} (${Math.round(f.completed / f.seconds)} per second)`],
        [`failed requests (errors, timeouts, answers other than 200 or 304)`, `${failures(f)}`],
        [`errors (connection errors and timeouts) / of which timeouts`, `${f.errors} / ${f.timeouts}`],
        [`answers other than 200 or 304`, `${unexpectedAnswers(f.statuses)}`],
        [`statuses`, `${statuses}`],
        [
          `latency p50 / p99 / max`,
          `${ms(f.latencyMs.p50)} / ${ms(f.latencyMs.p99)} / ${ms(f.latencyMs.max)}`,
        ],
        [`workerd RSS at start (idle, before any load)`, `${mib(m.start)}`],
        [`workerd RSS after the warm-up`, `${mib(m.postWarmUp)}`],
        [`workerd RSS min / max over the measured run`, `${mib(m.min)} / ${mib(m.max)}`],
        [
          `workerd RSS at the end`,
          `${mib(m.end)} (${m.growth >= 0 ? '+' : ''}${(m.growth * 100).toFixed(1)}% on the post-warm-up value)`,
        ],
        [
          `memory flat (end within ${f.marginPercent}% of the post-warm-up value)`,
          `${m.flat ? 'yes' : 'no'}`,
        ],
      ],
      ['left', 'right'],
    ),
    '',
    "Latency is each response's time from autocannon's `response` event, binned at 10 µs. RSS is `VmRSS` from",
    '`/proc/<workerd pid>/status`, read once a second from the end of the warm-up to the end of the run.',
  ].join('\n');
}
