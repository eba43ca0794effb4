import { markdownTable } from '@tally/harness/markdown-table';
import { type FuzzStats, serverErrors } from './fuzz-stats.ts';

export type FuzzRunFacts = {
  date: string;
  machine: string;
  loadAtStart: string;
  command: string;
  workerd: string;
  seconds: number;
  seeds: Record<string, number>;
};

/** The fuzz section of RESULTS.md: what was sent, what came back, and the failures (there must be none). */
export function renderFuzzSection(stats: FuzzStats, facts: FuzzRunFacts): string {
  const errors = serverErrors(stats);
  const answers = Object.entries(stats.byAnswer).sort(([a], [b]) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return [
    '## Fuzz run',
    '',
    `- date: ${facts.date}`,
    `- machine: ${facts.machine}; load average ${facts.loadAtStart} at the start`,
    `- runtime: workerd ${facts.workerd}, the built Worker (\`apps/edge-api/dist\`), on 127.0.0.1`,
    `- command: \`${facts.command}\``,
    `- seeds: ${Object.entries(facts.seeds)
      .map(([name, seed]) => `${name} ${seed}`)
      .join(', ')} (replay with \`FUZZ_SEED=<seed>\`)`,
    '',
    markdownTable(
      ['what', 'count'],
      [
        ['requests sent', `${stats.sent}`],
        ...Object.entries(stats.byTransport).map(([transport, count]) => [
          `sent with ${transport === 'raw' ? 'raw bytes on a socket' : 'node:http'}`,
          `${count}`,
        ]),
        [
          `requests that carried the marker \`${'<script>x…</script>'}\` to the Worker`,
          `${stats.markerToWorker}`,
        ],
        ['failures (a broken promise or no answer)', `${stats.failures}`],
        ['5xx from the Worker', `${errors.worker}`],
        ['5xx from workerd (501 for methods it does not know)', `${errors.runtime}`],
        ['time', `${facts.seconds.toFixed(1)} s`],
      ],
      ['left', 'right'],
    ),
    '',
    'Answers, by who sent them (the Worker, or workerd refusing a request it could not read) and status:',
    '',
    markdownTable(
      ['answer', 'count'],
      answers.map(([answer, count]) => [answer, `${count}`]),
      ['left', 'right'],
    ),
  ].join('\n');
}
