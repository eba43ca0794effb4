import type { Diagnostic } from './diagnostic.ts';
import { ATTRIBUTION } from './manifest.ts';

/** `dist/ATTRIBUTION.md`: every document this build used and its article title, so the credit is complete. */
export function attributionMarkdown(
  contests: readonly { id: string; title: string; source: { file: string } }[],
): string {
  const rows = [...contests]
    .sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0))
    .map(
      (contest) =>
        `| \`${contest.source.file}\` | ${contest.title.replaceAll('|', '\\|')} | \`${contest.id}\` |`,
    );
  return [
    '# Attribution',
    '',
    ATTRIBUTION,
    '',
    '| source | Wikipedia article | contest |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** A source the reviewed ATTRIBUTION.md does not name yet: the shipped credit is complete, the repo's is not. */
export function unattributedSources(
  attributionText: string | null,
  files: readonly string[],
  attributionFile: string,
): Diagnostic[] {
  // Every text between two backticks, gathered once: a name is in the table when it is one of them, and
  // checking many sources does not scan the whole text once per source.
  const quoted = new Set(attributionText?.split('`').slice(1, -1));
  const named = (file: string) =>
    file.includes('`') ? (attributionText ?? '').includes(`\`${file}\``) : quoted.has(file);
  return files
    .filter((file) => attributionText === null || !named(file))
    .map((file) => ({
      severity: 'warning' as const,
      code: 'source-unattributed',
      file: attributionFile,
      lines: [],
      message: `${file} is not in the table: add its Wikipedia article there`,
    }));
}
