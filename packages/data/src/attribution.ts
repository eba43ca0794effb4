import type { SourceRecord } from '@tally/core';
import { attributionLine } from './manifest.ts';

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cell = (text: string) => text.replaceAll('|', '\\|');

/** What `dist/ATTRIBUTION.md` reads of a contest: its id, its title, its source and every source's credit. */
export type Attributed = {
  id: string;
  title: string;
  source: { file: string };
  sources?: readonly SourceRecord[];
};

/**
 * `dist/ATTRIBUTION.md`: every document this build used with the credit it is owed, so the credit is
 * complete: each Wikipedia article by its title, each OpenElections file by its repository, path and commit,
 * and the contests each gave.
 */
export function attributionMarkdown(contests: readonly Attributed[]): string {
  const articles = new Map<string, { title: string; ids: string[] }>();
  const files = new Map<string, { record: SourceRecord; ids: string[] }>();
  for (const contest of contests) {
    const sources = contest.sources ?? [];
    if (sources.length === 0) {
      const known = articles.get(contest.source.file) ?? { title: contest.title, ids: [] };
      known.ids.push(contest.id);
      articles.set(contest.source.file, known);
    }
    for (const record of sources) {
      if (record.credit.kind === 'wikipedia') {
        const known = articles.get(record.file) ?? { title: record.credit.title, ids: [] };
        known.ids.push(contest.id);
        articles.set(record.file, known);
      } else {
        const known = files.get(record.file) ?? { record, ids: [] };
        known.ids.push(contest.id);
        files.set(record.file, known);
      }
    }
  }
  const ids = (list: string[]) =>
    [...new Set(list)]
      .sort(byPath)
      .map((id) => `\`${id}\``)
      .join(', ');
  const lines = ['# Attribution', '', attributionLine(articles.size > 0, files.size > 0), ''];
  if (articles.size > 0) {
    lines.push(
      '| source | Wikipedia article | contest |',
      '| --- | --- | --- |',
      ...[...articles]
        .sort(([a], [b]) => byPath(a, b))
        .map(([file, { title, ids: of }]) => `| \`${file}\` | ${cell(title)} | ${ids(of)} |`),
      '',
    );
  }
  if (files.size > 0) {
    lines.push(
      '| source | OpenElections repository | path | commit | contests |',
      '| --- | --- | --- | --- | --- |',
      ...[...files]
        .sort(([a], [b]) => byPath(a, b))
        .map(([file, { record, ids: of }]) => {
          const { repository, path, commit } = record.credit;
          const code = (value: string | null) => (value === null ? 'not recorded' : `\`${value}\``);
          return `| \`${file}\` | ${code(repository)} | ${code(path)} | ${code(commit)} | ${ids(of)} |`;
        }),
      '',
    );
  }
  return lines.join('\n');
}
