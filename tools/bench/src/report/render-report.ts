// BENCHMARKS.md, section by section: each section of the report is written by a module of its own.
import type { BenchResults } from '../results.ts';
import type { TargetResult } from '../targets.ts';
import { aboutRun } from './about-run.ts';
import { bundleSection } from './bundle-section.ts';
import { corpusSection } from './corpus-section.ts';
import { d1Section } from './d1-section.ts';
import { dataBuildSection } from './data-build-section.ts';
import { httpSection } from './http-section.ts';
import { limitsSection } from './limits-section.ts';
import { lookupScaleSection } from './lookup-scale-section.ts';
import { memorySection } from './memory-section.ts';
import { scalingSection } from './scaling-section.ts';
import { targetsSection } from './targets-section.ts';
import { throughputSection } from './throughput-section.ts';

/** BENCHMARKS.md: machine, versions, how to reproduce, the targets and every figure of the run. */
export function renderReport(r: BenchResults, targets: TargetResult[]): string {
  return [
    ...aboutRun(r.meta),
    ...targetsSection(targets),
    ...corpusSection(r),
    ...throughputSection(r),
    ...scalingSection(r),
    ...memorySection(r),
    ...dataBuildSection(r),
    ...bundleSection(r),
    ...limitsSection(r),
    ...httpSection(r),
    ...d1Section(r),
    ...lookupScaleSection(r),
    '## Credits',
    '',
    'The seed documents are English Wikipedia articles (CC BY-SA 4.0); see packages/data/ATTRIBUTION.md. The generated corpora are synthetic and are not shipped.',
    '',
  ].join('\n');
}
