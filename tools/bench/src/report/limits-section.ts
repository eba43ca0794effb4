import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, fixed, int, ms } from '../format.ts';
import type { LimitEstimate } from '../limits.ts';
import type { BenchResults } from '../results.ts';

const limitValue = (basis: LimitEstimate['basis'], v: number) => (basis === 'startup' ? ms(v) : bytes(v));

/** Where the bundled data meets each Workers limit: a line through the measured bundles, and the measured sizes on either side. */
export function limitsSection(r: BenchResults): string[] {
  if (r.limits.length === 0) return [];
  const point = (l: LimitEstimate, p: LimitEstimate['below']) =>
    p ? `${int(p.contests)} (${limitValue(l.basis, p.value)})` : 'none measured';
  return [
    '### Where bundled data stops fitting a Worker',
    '',
    'For each limit, a least-squares line through every measured bundle (x: contests, y: the measured figure) and where it reaches the limit, beside the largest measured corpus within the limit and the smallest past it. Past the limit the API reads the same data from D1 (issue 6); add sizes with `--sizes` to measure on both sides of an estimate.',
    '',
    markdownTable(
      [
        'limit',
        'measured figure',
        'per contest',
        'at 0 contests',
        'reached at about',
        'largest within',
        'smallest past',
      ],
      r.limits.map((l) => [
        l.name,
        l.basis === 'raw' ? 'bundle size' : l.basis === 'gzip' ? 'bundle gzip' : 'script start-up',
        Number.isFinite(l.slope)
          ? l.basis === 'startup'
            ? `${fixed(l.slope * 1000, 2)} µs`
            : `${int(l.slope)} B`
          : 'n/a',
        Number.isFinite(l.intercept) ? limitValue(l.basis, l.intercept) : 'n/a',
        l.estimatedMaxContests === null ? 'n/a' : `**${int(l.estimatedMaxContests)} contests**`,
        point(l, l.below),
        point(l, l.above),
      ]),
    ),
    '',
    ...r.limits.map((l) => `- ${l.name}: ${l.source}.`),
    '',
  ];
}
