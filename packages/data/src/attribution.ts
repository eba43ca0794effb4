import { ATTRIBUTION } from './manifest.ts';

/**
 * `dist/ATTRIBUTION.md`: every document this build used and its article title (its title line), so the credit
 * is complete with no list to keep by hand: adding a document to `sources/` adds its line here.
 */
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
