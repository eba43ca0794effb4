import { markdownTable } from '@tally/harness/markdown-table';
import type { TargetResult } from '../targets.ts';

/** The targets, met or missed, and what bounds each one missed. */
export function targetsSection(targets: TargetResult[]): string[] {
  const out: string[] = [
    '## Targets (issues 6 and 7)',
    '',
    markdownTable(
      ['target', 'goal', 'measured', 'met'],
      targets.map((t) => [
        t.name,
        t.goal,
        t.measured,
        t.met === null
          ? t.measured === 'not measured'
            ? 'not measured'
            : 'not judged: measured in part'
          : t.met
            ? 'met'
            : 'missed',
      ]),
    ),
    '',
  ];
  const bounds = targets.filter((t) => t.met !== true && t.bound);
  if (bounds.length) {
    out.push('What bounds the targets not met:', '');
    for (const t of bounds) out.push(`- **${t.name}**: ${t.bound}`);
    out.push('');
  }
  return out;
}
