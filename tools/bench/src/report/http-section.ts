import { markdownTable } from '@tally/harness/markdown-table';
import { int, ratio } from '../format.ts';
import type { BenchResults, HttpMatrix, ScenarioName } from '../results.ts';
import { cell } from '../targets.ts';
import { cpu, latency, rps, scaleLabel } from './cells.ts';

const SCENARIO_LABEL: Record<ScenarioName, string> = {
  lookup: 'contest lookup',
  tally: 'tally',
  search: 'search',
  revalidate: '304 revalidation',
};

function matrixTable(m: HttpMatrix, connections: number[]): string {
  const rows: string[][] = [];
  for (const c of connections) {
    const floor = cell(m, 'floor', 'floor', c);
    rows.push([String(c), 'floor (constant route)', rps(floor), '', '', latency(floor), '', cpu(floor), '']);
    const sized = cell(m, 'floor-sized', 'floor', c);
    if (sized)
      rows.push([
        String(c),
        "floor, lookup-sized (the lookup's answer as a constant)",
        rps(sized),
        '',
        floor ? ratio(sized.rps / floor.rps) : 'n/a',
        latency(sized),
        '',
        cpu(sized),
        '',
      ]);
    for (const s of ['lookup', 'tally', 'search', 'revalidate'] as const) {
      const w = cell(m, s, 'worker', c);
      const j = cell(m, s, 'json-server', c);
      rows.push([
        String(c),
        SCENARIO_LABEL[s],
        rps(w),
        rps(j),
        w && floor ? ratio(w.rps / floor.rps) : 'n/a',
        latency(w),
        latency(j),
        cpu(w),
        w && j ? ratio(w.rps / j.rps) : 'n/a',
      ]);
    }
  }
  return markdownTable(
    [
      'conns',
      'request',
      'Worker req/s',
      'json-server req/s',
      'Worker / floor',
      'Worker p50 / p99 ms',
      'json-server p50 / p99 ms',
      'Worker CPU µs/req',
      'Worker / json-server',
    ],
    rows,
  );
}

function problems(m: HttpMatrix): string[] {
  return m.cells
    .filter(
      (c) =>
        c.error ||
        c.unexpected > 0 ||
        (c.result && (c.result.errors > 0 || c.result.timeouts > 0 || c.result.requests === 0)),
    )
    .map(
      (c) =>
        `- ${c.target} ${c.scenario} at ${c.connections} connections (${c.path}): ${c.error ?? `${int(c.result?.requests ?? 0)} responses, ${c.unexpected} with an unexpected status ${JSON.stringify(c.result?.statuses)}, ${c.result?.errors ?? 0} errors, ${c.result?.timeouts ?? 0} timeouts (10 s)`}`,
    );
}

/** The HTTP matrices: the Worker, its floor and json-server side by side, at each corpus measured. */
export function httpSection(r: BenchResults): string[] {
  const m = r.meta;
  const out: string[] = [
    '## HTTP on loopback',
    '',
    `The bundled Worker runs in \`workerd serve\` (its own capnp config, not \`wrangler dev\`); json-server (logger off) serves a db.json of the same data: each contest body as the Worker returns it, the Worker's tally for the same filter (json-server cannot compute one, so it only finds and sends it), and the data's summaries, which its full-text \`q\` searches. autocannon drives ${m.connections.join(', ')} keep-alive connections for ${m.cellSeconds} s per cell after a ${m.warmupSeconds} s warm-up, from a separate Node process; latencies are recorded per response (p50 / p99 in ms), server CPU per request is the server process's user + system time over the cell divided by its responses. The floor is a constant response from the same Worker (3 bytes of text); the lookup-sized floor sends the Worker's own answer to the lookup (asked once, at the start) as a constant, the same status, headers and body with no lookup behind them, so it splits the lookup's cost into sending its answer and finding it. json-server pretty-prints its JSON (its default), so its bodies are larger than the Worker's for the same data. Ratios compare cells of this one run; server CPU per request moves less with other load on the machine than req/s does.`,
    '',
  ];
  for (const matrix of r.http) {
    out.push(`### ${scaleLabel(matrix.scale, matrix.contests)} contests`, '');
    if (matrix.error) {
      out.push(`Not measured: ${matrix.error}`, '');
      continue;
    }
    const paths = new Map<string, string>();
    for (const c of matrix.cells)
      paths.set(
        `${c.target} ${c.scenario}`,
        `\`${c.path}\`${c.responseBytes !== null ? ` (${int(c.responseBytes)} bytes)` : ''}`,
      );
    out.push(matrixTable(matrix, m.connections), '', 'Requests:', '');
    for (const [k, v] of paths) out.push(`- ${k}: ${v}`);
    const bad = problems(matrix);
    if (bad.length) out.push('', 'Cells with errors or unexpected statuses:', '', ...bad);
    out.push('');
  }
  return out;
}
