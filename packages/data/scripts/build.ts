import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FindingCode } from '@tally/core';
import { acknowledgementTemplate } from '../src/acknowledgements.ts';
import { formatDiagnostic } from '../src/diagnostic.ts';
import { type BuildReport, buildDataPackage } from './build-data-package.ts';

// Defaults are this package's sources/ and dist/; the flags let tests build into temporary folders.
const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: join(root, 'sources') },
    out: { type: 'string', default: join(root, 'dist') },
    acknowledgements: { type: 'string' },
  },
});
const acknowledgementsPath = resolve(
  values.acknowledgements ?? join(values.sources, '..', 'acknowledgements.json'),
);
const repository = resolve(root, '..', '..');
/** A path as the reader would type it from the repository's root, or in full outside it. */
const where = (path: string) => (path.startsWith(`${repository}/`) ? relative(repository, path) : path);
const outName = values.out === join(root, 'dist') ? 'dist/' : resolve(values.out);

/** `1 warning`, `2 warnings`. */
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const started = performance.now();
let report: BuildReport;
try {
  report = await buildDataPackage({
    sourcesDir: resolve(values.sources),
    outDir: resolve(values.out),
    ...(values.acknowledgements === undefined
      ? {}
      : { acknowledgementsFile: resolve(values.acknowledgements) }),
  });
} catch (error) {
  console.error(`@tally/data: build failed: ${(error as Error).message}; ${outName} left as it was`);
  process.exit(1);
}
const elapsed = Math.round(performance.now() - started);

for (const warning of report.warnings) console.warn(formatDiagnostic(warning));
for (const { diagnostic, acknowledgement } of report.acknowledged) {
  console.warn(`${formatDiagnostic(diagnostic)} [acknowledged: ${acknowledgement.reason}]`);
}
if (report.ok) {
  const bytes = report.written.reduce((total, file) => total + file.bytes, 0);
  console.log(
    `@tally/data: wrote ${report.written.length} files (${bytes} bytes) to ${outName} in ${elapsed} ms; ` +
      `${plural(report.warnings.length, 'warning')}, ${plural(report.acknowledged.length, 'acknowledged error')}; ` +
      `data hash ${report.hash}`,
  );
} else {
  for (const problem of report.problems) console.error(formatDiagnostic(problem));
  const count = plural(report.problems.length, 'problem');
  console.error(`@tally/data: build failed with ${count}; ${outName} left as it was`);
  const template = acknowledgementTemplate(report.problems, new Set(FindingCode.options));
  if (template !== null) {
    console.error(
      [
        '',
        'An error finding is two statements of a document that cannot both be right. Fix the document if',
        'it was copied wrong; if it is published that way, review each finding and add its entry to',
        `${where(acknowledgementsPath)} (a JSON array), replacing the reason:`,
        '',
        template,
      ].join('\n'),
    );
  }
  process.exitCode = 1;
}
