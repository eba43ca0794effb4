import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, fixed, int, ms } from '../format.ts';
import type { BenchResults } from '../results.ts';
import { SCALING_SEMI_SPACE_MIB, type ScalingResult } from '../steps/scaling.ts';
import { SCALING_FIT_FROM, scalingExponents } from '../targets.ts';

/** Parse + audit time of one document against its size, shape by shape. */
export function scalingSection(r: BenchResults): string[] {
  if (!r.scaling) return [];
  const head = [
    '## Parse time against document size',
    '',
    `One document of the seed family, grown in one direction at a time (\`packages/corpus/src/scaling-documents.ts\`): \`rows\`, a results table of ever more candidates; \`prose\`, paragraphs of sentences stating shares, counts, delegates and a threshold, which the audit checks against the table; \`tables\`, county tables after the results, each with its Total row; \`long line\`, one paragraph with no line break. In a fresh Node process with a young generation of ${SCALING_SEMI_SPACE_MIB} MiB (\`--max-semi-space-size\`), each size is parsed and audited once untimed, then all sizes in rounds (each round runs each size once, so a slow spell of the machine falls on all of them) for at least 3 s a size (200 ms with \`--quick\`) and five rounds. Each cell gives the parser's and the audit's own work in the fastest run (other load only adds time), that is its time less the garbage collection V8 reported inside it (\`gc\` performance entries), then that collection; k is the slope of log(time) against log(size) from ${bytes(SCALING_FIT_FROM)} up (1 is linear, 2 quadratic), for the work and with the collection counted.`,
    '',
  ];
  if ('error' in r.scaling) return [...head, `Failed: ${r.scaling.error}`, ''];
  const sizes = r.scaling[0]?.points.map((p) => p.bytes) ?? [];
  const exponents = new Map(scalingExponents(r.scaling).map((e) => [e.shape, e]));
  const outcome = (o: ScalingResult[number]['points'][number]['outcome'] | undefined) =>
    !o ? 'n/a' : o.ok ? `${int(o.rows)} rows, ${int(o.findings)} findings` : `error ${o.code}`;
  return [
    ...head,
    markdownTable(
      ['shape', ...sizes.map((b) => `${bytes(b)}`), 'k', 'k with gc', 'at the largest size'],
      r.scaling.map(({ shape, points }) => [
        shape,
        ...points.map((p) => `${ms(p.workMs ?? p.ms)} + ${ms(p.gcMs ?? 0)} gc`),
        fixed(exponents.get(shape)?.exponent ?? Number.NaN, 2),
        fixed(exponents.get(shape)?.withGc ?? Number.NaN, 2),
        outcome(points[points.length - 1]?.outcome),
      ]),
    ),
    '',
  ];
}
