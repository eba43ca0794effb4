import { markdownTable } from '@tally/harness/markdown-table';
import { fixed, int, ratio } from '../format.ts';
import type { BenchResults } from '../results.ts';
import { rowCells, scaleLabel } from './cells.ts';

/** Parser and audit throughput at each corpus, where its time goes, and the documents it rejected. */
export function throughputSection(r: BenchResults): string[] {
  const out: string[] = [
    '## Parser and audit throughput',
    '',
    'In a fresh Node process per corpus, every document is read into memory first; each measurement warms up on the first 500 documents, then runs whole passes over the corpus for at least 2 s (three passes at least, unless one pass is longer than 6 s) and takes the median pass. The floor is decoding the same bytes to a string and splitting its lines; parse is `parseContest(bytes)`; parse + audit adds `auditContest`. MB is 10^6 bytes.',
    '',
    markdownTable(
      [
        'corpus',
        'floor MB/s',
        'parse MB/s',
        'parse + audit MB/s',
        'parse + audit docs/s',
        'floor / parse + audit',
        'parsed',
        'findings',
      ],
      r.throughput.map((row) =>
        rowCells(
          row,
          (t) => [
            fixed(t.floor.mbPerSecond),
            fixed(t.parse.mbPerSecond),
            fixed(t.parseAudit.mbPerSecond),
            int(t.parseAudit.documentsPerSecond),
            ratio(t.floor.mbPerSecond / t.parseAudit.mbPerSecond),
            `${int(t.parsed)} / ${int(t.documents)}`,
            int(t.findings),
          ],
          7,
        ),
      ),
    ),
    '',
  ];
  const profiled = [...r.throughput].reverse().find((row) => row.ok && row.value.profile);
  if (profiled?.ok && profiled.value.profile) {
    const p = profiled.value.profile;
    const share = (x: { share: number }) => `${fixed(x.share * 100, 0)}%`;
    out.push(
      `Where parse + audit spends its time (V8's sampling profiler, ${fixed(p.sampledMs / 1000)} s of untimed passes over the ${scaleLabel(profiled.scale, profiled.contests)} corpus, self time):`,
      '',
      `- by area: ${p.areas.map((a) => `${a.name} ${share(a)}`).join(', ')}`,
      `- by function: ${p.functions.map((f) => `\`${f.name}\` ${share(f)}`).join(', ')}`,
      '',
    );
  }
  const failures = r.throughput.flatMap((row) =>
    row.ok ? row.value.failures.map((f) => ({ scale: row.scale, ...f })) : [],
  );
  if (failures.length) {
    out.push('Documents the parser rejected (first ones):', '');
    for (const f of failures.slice(0, 10))
      out.push(`- ${f.scale}: ${f.file}:${f.line} ${f.code}: ${f.message}`);
    out.push('');
  }
  return out;
}
