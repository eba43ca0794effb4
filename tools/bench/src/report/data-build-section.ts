import { markdownTable } from '@tally/harness/markdown-table';
import { bytes, fixed, int, ms } from '../format.ts';
import { largestFileGrowth, MAX_STRING_LENGTH } from '../growth.ts';
import type { BenchResults } from '../results.ts';
import { rowCells } from './cells.ts';

/** How the data build's largest file grows, and where it stops fitting in one string. */
function growthLines(r: BenchResults): string[] {
  const g = largestFileGrowth(r.dataBuild);
  if (!g) return [];
  const sizes = g.points.map((p) => `${bytes(p.bytes)} at ${int(p.contests)}`).join(', ');
  const limit =
    g.stringLimitAt === null
      ? ''
      : ` The build writes each file as one string, and V8's strings stop at ${bytes(MAX_STRING_LENGTH)}: at that rate ${g.file} reaches it at about **${int(g.stringLimitAt)} contests**.`;
  return [
    `The largest file, ${g.file}, grows as contests^${fixed(g.exponent, 2)} between the two largest corpora built (${sizes} contests).${limit}`,
    '',
  ];
}

/** The data package's own build over each corpus, and how its largest file grows. */
export function dataBuildSection(r: BenchResults): string[] {
  return [
    '## Data build',
    '',
    "The data package's own build (`buildDataPackage` of `packages/data/scripts/build-data-package.ts`) over each corpus, timed in a fresh Node process. The build refuses error findings nobody reviewed; generated documents disagree with themselves on purpose (as real articles do), so the bench writes an `acknowledgements.json` for them first, untimed.",
    '',
    markdownTable(
      [
        'corpus',
        'contests',
        'build time',
        'output',
        'files',
        'largest file',
        'peak memory',
        'error findings acknowledged',
      ],
      r.dataBuild.map((row) =>
        rowCells(
          row,
          (d) => [
            row.contests === null ? 'n/a' : int(row.contests),
            ms(d.ms),
            bytes(d.outputBytes),
            int(d.outputFiles),
            `${d.largest.path} (${bytes(d.largest.bytes)})`,
            bytes(d.maxRssBytes),
            int(d.acknowledged),
          ],
          7,
        ),
      ),
    ),
    '',
    ...growthLines(r),
  ];
}
