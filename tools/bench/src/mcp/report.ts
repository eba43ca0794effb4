import { markdownTable } from '@tally/harness/markdown-table';
import type { Measured } from './measure.ts';

// The MCP latency section of BENCHMARKS.md, kept between two markers so that a new run replaces it.

export const START = '<!-- mcp-latency: written by `pnpm --filter @tally/bench run bench:mcp` -->';
export const END = '<!-- /mcp-latency -->';

export type Row = { question: string; label: string; kind: 'served' | 'app' | 'mcp'; result: Measured };

export type Run = {
  date: Date;
  seconds: number;
  warmup: number;
  cores: number;
  cpu: string;
  loadAtStart: number[];
  loadAtEnd: number[];
  versions: { workerd: string; autocannon: string };
  rows: Row[];
};

const ms = (v: number) => v.toFixed(2);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(', ');

/** Each MCP tool beside its REST route: the ratios of p50 latency and of server CPU per request. */
export function ratios(rows: readonly Row[]): string[][] {
  const out: string[][] = [];
  for (const mcp of rows.filter((r) => r.kind === 'mcp')) {
    const app = rows.find((r) => r.question === mcp.question && r.kind === 'app');
    const served = rows.find((r) => r.question === mcp.question && r.kind === 'served');
    if (!app || !served) continue;
    const cpu =
      mcp.result.cpuUsPerRequest !== null && app.result.cpuUsPerRequest
        ? ratio(mcp.result.cpuUsPerRequest, app.result.cpuUsPerRequest)
        : 'n/a';
    out.push([
      mcp.question,
      mcp.label.replace(/^MCP /, ''),
      ratio(mcp.result.p50Ms, app.result.p50Ms),
      ratio(mcp.result.p50Ms, served.result.p50Ms),
      cpu,
    ]);
  }
  return out;
}

export function renderSection(run: Run): string {
  const table = markdownTable(
    ['question', 'request', 'p50 ms', 'p99 ms', 'req/s', 'server CPU µs/request'],
    run.rows.map((r) => [
      r.question,
      r.label,
      ms(r.result.p50Ms),
      ms(r.result.p99Ms),
      r.result.rps.toFixed(0),
      r.result.cpuUsPerRequest === null ? 'n/a' : r.result.cpuUsPerRequest.toFixed(0),
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  const ratioTable = markdownTable(
    [
      'question',
      'tool',
      'MCP ÷ REST through the app, p50',
      'MCP ÷ REST as served, p50',
      'MCP ÷ REST through the app, server CPU',
    ],
    ratios(run.rows),
    ['left', 'left', 'right', 'right', 'right'],
  );
  return [
    START,
    '',
    '## MCP tool calls beside the REST routes (issue 15)',
    '',
    `Written by \`pnpm --filter @tally/bench run bench:mcp\` (tools/bench/src/mcp) on ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `after \`pnpm turbo run build --filter=@tally/edge-api\`. The built Worker (\`apps/edge-api/dist\`) runs in \`workerd serve\` ` +
      `(workerd ${run.versions.workerd}, started by @tally/harness's launcher with the wrangler.jsonc settings, as the bench's HTTP ` +
      `section runs it; not wrangler dev) on loopback, driven by autocannon ${run.versions.autocannon} from another process with one ` +
      `connection and one request at a time: ${run.warmup} s of warm-up, then ${run.seconds} s measured per cell, every response's time kept ` +
      "(p50 and p99), and the server process's CPU time from /proc over the cell. A tool call is one `POST /mcp` (`tools/call`), as " +
      'a connected client sends each call (its `initialize` is once per connection): stateless, each builds an MCP server and ' +
      'transport, validates the arguments and the answer against their schemas and writes JSON. A REST route is measured as served ' +
      "(a repeated GET is replayed from the Worker's replay cache without running the app) and through the app (`If-Match: *`, " +
      'which is never replayed: the routes run and the representation cache answers).',
    '',
    `The machine is shared and busy: ${run.cores} cores (${run.cpu}) on which other people's builds and tests ran at the same ` +
      `time; load average ${load(run.loadAtStart)} at the start and ${load(run.loadAtEnd)} at the end (1, 5, 15 min). Absolute ` +
      'times move from run to run; the ratios below, each from the same run, are the figures to read.',
    '',
    table,
    '',
    ratioTable,
    '',
    END,
  ].join('\n');
}

/** The document with its MCP section replaced, or added before `## Credits` (else at the end). */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start !== -1 && end > start)
    return `${document.slice(0, start)}${section}${document.slice(end + END.length)}`;
  const credits = document.indexOf('\n## Credits');
  if (credits !== -1) return `${document.slice(0, credits + 1)}${section}\n\n${document.slice(credits + 1)}`;
  return `${document.trimEnd()}\n\n${section}\n`;
}
