import { combineContests } from '../../audit/index.js';
import { type Contest, type Finding, Severity } from '../../schema/index.js';
import type { Command } from '../command.js';
import { type Colour, paint } from '../paint.js';
import { count } from '../plural.js';
import { formatError, readDocuments } from '../read-documents.js';

/** Each article contest with each OpenElections contest of the same id: their findings across sources. */
function acrossSources(contests: readonly Contest[]): { id: string; files: string[]; findings: Finding[] }[] {
  const out: { id: string; files: string[]; findings: Finding[] }[] = [];
  for (const article of contests) {
    if ((article.format ?? 'article') !== 'article') continue;
    for (const csv of contests) {
      if (csv.format !== 'openelections-csv' || csv.id !== article.id) continue;
      const combined = combineContests(article, csv);
      if (combined)
        out.push({
          id: combined.id,
          files: [article.source.file, csv.source.file],
          findings: combined.findings,
        });
    }
  }
  return out;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** `1 error, 0 warnings, 2 info`; with `brief`, only the severities present (`2 info`). */
function counts(findings: readonly Finding[], brief = false): string {
  if (brief && findings.length === 0) return 'no findings';
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts: [number, string][] = [
    [n('error'), count(n('error'), 'error')],
    [n('warning'), count(n('warning'), 'warning')],
    [n('info'), count(n('info'), 'info', 'info')],
  ];
  return parts
    .filter(([k]) => !brief || k > 0)
    .map(([, text]) => text)
    .join(', ');
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Check every figure of each document against every other statement of it.',
  details: [
    'Readable by default: for each FILE a heading with its contest id and counts, then one line per',
    'finding, `file:line: severity code: message` (line: the first of the lines it compares), then a',
    'summary. A file that does not parse shows its error in the same form. Colour only on a terminal',
    'and without NO_COLOR.',
    'With --json: an array, one entry per FILE in order, { "file", "id", "findings" } or',
    '{ "file", "error": { "code", "message", "line" } }; each finding is',
    '{ "code", "severity", "message", "lines" }.',
    'Severity: error, a figure that cannot be right; warning, two statements that disagree; info, a',
    'fact worth knowing. Codes: packages/core/src/audit/CODES.md.',
    'An OpenElections CSV (.csv) gives one block per contest it holds, its units checked against the',
    'file\'s own totals. Where an article and a CSV give the same contest id, a block "across sources"',
    'compares them figure by figure, each finding naming both files and lines (in --json: an entry',
    '{ "id", "files", "findings" } whose findings carry "sources": [{ "file", "line" }]).',
  ],
  options: {
    json: { type: 'boolean', description: 'print JSON instead of text' },
    severity: {
      type: 'string',
      description: 'show only findings of this severity or worse (default info: all of them)',
      values: Severity.options,
    },
  },
  exitCodes: [
    [0, 'every file parsed and no finding is an error'],
    [1, 'an error finding, or a file that did not parse (the others are still reported)'],
    [2, 'bad usage'],
  ],
  examples: ['tally audit packages/data/sources/*.txt', 'tally audit --json --severity warning article.txt'],
  async run({ files, values, io }) {
    const severity = (values.severity as Severity | undefined) ?? 'info';
    const shown = (findings: readonly Finding[]) =>
      findings.filter((f) => RANK[f.severity] >= RANK[severity]);
    const entries = await readDocuments(files, io);
    const across = acrossSources(entries.flatMap((e) => (e.ok ? [e.contest] : [])));
    const failed = entries.some((e) => !e.ok || e.contest.findings.some((f) => f.severity === 'error'));
    if (values.json) {
      const out = entries.map((e) =>
        e.ok
          ? { file: e.file, id: e.contest.id, findings: shown(e.contest.findings) }
          : { file: e.file, error: e.error },
      );
      const combined = across.map((a) => ({ ...a, findings: shown(a.findings) }));
      io.stdout(`${JSON.stringify([...out, ...combined], null, 2)}\n`);
      return failed ? 1 : 0;
    }
    const all: Finding[] = [];
    let hidden = 0;
    const blocks: string[][] = entries.map((e) => {
      if (!e.ok) {
        return [paint(io.color, 'bold', `${e.file}: not parsed`), paint(io.color, 'red', formatError(e))];
      }
      const findings = shown(e.contest.findings);
      all.push(...findings);
      hidden += e.contest.findings.length - findings.length;
      return [
        paint(io.color, 'bold', `${e.file} (${e.contest.id}): ${counts(findings, true)}`),
        ...findings.map(
          (f) =>
            `${e.file}:${f.line}: ${paint(io.color, COLOUR[f.severity], f.severity)} ${f.code}: ${f.message}`,
        ),
      ];
    });
    for (const a of across) {
      const findings = shown(a.findings);
      all.push(...findings);
      hidden += a.findings.length - findings.length;
      blocks.push([
        paint(io.color, 'bold', `${a.id} across sources (${a.files.join(', ')}): ${counts(findings, true)}`),
        ...findings.map(
          (f) =>
            `${(f.sources ?? []).map((s) => `${s.file}:${s.line}`).join(' ~ ')}: ${paint(io.color, COLOUR[f.severity], f.severity)} ${f.code}: ${f.message}`,
        ),
      ]);
    }
    const broken = entries.filter((e) => !e.ok).length;
    const summary = [
      `${count(new Set(entries.map((e) => e.file)).size, 'file')}${broken ? `, ${broken} not parsed` : ''}: ${counts(all)}.`,
      hidden ? ` ${count(hidden, 'finding')} below ${severity} not shown.` : '',
    ].join('');
    io.stdout(`${[...blocks.map((b) => b.join('\n')), summary].join('\n\n')}\n`);
    return failed ? 1 : 0;
  },
};
