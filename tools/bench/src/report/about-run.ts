import { markdownTable } from '@tally/harness/markdown-table';
import { DEFAULT_CELL_SECONDS, DEFAULT_SIZES } from '../defaults.ts';
import { bytes, fixed, int } from '../format.ts';
import type { BenchResults } from '../results.ts';

/** Title, command, how to reproduce, the machine and the versions of the tools. */
export function aboutRun(m: BenchResults['meta']): string[] {
  return [
    '# Benchmarks',
    '',
    `Written by \`${m.command}\` (tools/bench) on ${m.date}, in ${int(m.totalSeconds)} s.${m.quick ? ' **Quick run**: short cells and small corpora; run the default bench for figures to quote.' : ''}`,
    '',
    `Reproduce: \`${m.command}\` at the repository root. \`npm run bench\` alone uses corpora of ${DEFAULT_SIZES.map(int).join(', ')} documents and ${DEFAULT_CELL_SECONDS} s load cells; \`npm run bench -- --sizes 10,1000,10000,100000\` adds 100,000 documents; \`--quick\` is a smoke run; \`--seconds N\` sets the cell length. Run it on a quiet machine: the load generator, the servers and the builds share its cores. Every figure below was measured in this one run; nothing is carried over from another.`,
    '',
    '## Machine',
    '',
    markdownTable(
      ['', ''],
      [
        ['CPU', `${m.machine.cpu}, ${m.machine.cores} cores`],
        ['Memory', bytes(m.machine.memoryBytes)],
        ['OS', m.machine.os],
        ['Load average at start (1, 5, 15 min)', m.machine.loadAverage.map((x) => fixed(x, 2)).join(', ')],
      ],
    ),
    '',
    '## Versions',
    '',
    markdownTable(
      ['tool', 'version'],
      Object.entries(m.versions).map(([k, v]) => [k, v]),
    ),
    '',
  ];
}
