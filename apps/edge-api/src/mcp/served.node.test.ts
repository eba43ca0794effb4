import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedWorker, serveInWorkerd } from './serve-in-workerd.js';

// The built Worker in `workerd serve`, reached over real HTTP from Node: the MCP conformance suite from the npm
// registry runs against it, and audit_document is checked against the `tally` CLI on each seed document.

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const tallyBin = join(dirname(require.resolve('@tally/core/package.json')), 'bin', 'tally.js');
const sourcesDir = join(dirname(require.resolve('@tally/data/package.json')), 'sources');
const conformanceBin = join(
  dirname(require.resolve('@modelcontextprotocol/conformance/package.json')),
  'dist',
  'index.js',
);
const baseline = fileURLToPath(new URL('./conformance-baseline.yml', import.meta.url).href);

let worker: ServedWorker;
beforeAll(async () => {
  worker = await serveInWorkerd();
}, 90_000);
afterAll(async () => {
  await worker?.stop();
});

type Check = {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
};

describe('the MCP conformance suite', () => {
  it('passes every scenario but the reference-server fixtures its baseline lists', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tally-conformance-'));
    try {
      const result = await run(
        process.execPath,
        [
          conformanceBin,
          'server',
          '--url',
          `${worker.origin}/mcp`,
          '--expected-failures',
          baseline,
          '-o',
          out,
        ],
        { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      ).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
      expect(result.stdout ?? '', result.stderr ?? '').toMatch(/SUMMARY/);
      expect('code' in result ? result.code : 0, `${result.stdout}\n${result.stderr}`).toBe(0);
      const scenarios = new Map<string, Check[]>();
      for (const dir of await readdir(out)) {
        const name = dir.replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
        scenarios.set(name, JSON.parse(await readFile(join(out, dir, 'checks.json'), 'utf8')) as Check[]);
      }
      // What any server must do, fixtures aside: each of these passes, with no failed check.
      for (const name of [
        'server-initialize',
        'ping',
        'tools-list',
        'tools-call-error',
        'resources-list',
        'prompts-list',
        'dns-rebinding-protection',
      ]) {
        const checks = scenarios.get(name) ?? [];
        expect(
          checks.filter((c) => c.status === 'FAILURE'),
          name,
        ).toEqual([]);
        expect(
          checks.some((c) => c.status === 'SUCCESS'),
          name,
        ).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);
});

type CliAudit = { file: string; id: string; findings: unknown[] };
type CliContest = {
  id: string;
  raceId: string;
  title: string;
  date: string | null;
  results: {
    candidateId: string;
    votes: number | null;
    percent: number | null;
    delegates: number | null;
    line: number;
  }[];
  totals: unknown;
  delegates: unknown;
  source: { sha256: string };
};

describe('audit_document against the tally CLI', () => {
  it('gives each seed document the contest `tally parse` reads and the findings `tally audit` lists', async () => {
    const files = (await readdir(sourcesDir)).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(0);
    const paths = files.map((f) => join(sourcesDir, f));
    const audit = await run(process.execPath, [tallyBin, 'audit', '--json', ...paths], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout: string }) => error);
    const audits = JSON.parse(audit.stdout) as CliAudit[];
    const parse = await run(process.execPath, [tallyBin, 'parse', ...paths], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const parsed = JSON.parse(parse.stdout) as CliContest[];

    const client = new Client({ name: 'tally-served-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${worker.origin}/mcp`)));
    try {
      for (const [i, file] of files.entries()) {
        const text = await readFile(join(sourcesDir, file), 'utf8');
        const result = await client.callTool({ name: 'audit_document', arguments: { text, file } });
        expect(result.isError ?? false, file).toBe(false);
        const { data } = result.structuredContent as {
          data: {
            id: string;
            raceId: string;
            title: string;
            date: string | null;
            findings: unknown[];
            results: {
              candidate: { id: string };
              votes: number | null;
              percent: number | null;
              delegates: number | null;
              line: number;
            }[];
            totalRow: unknown;
            delegatesAtStake: unknown;
            provenance: { source: { sha256: string } };
          };
        };
        const cli = audits.find((a) => a.file.endsWith(file));
        const contest = parsed[i] as CliContest;
        expect(data.id, file).toBe(cli?.id);
        expect(data.findings, file).toEqual(cli?.findings);
        expect([data.id, data.raceId, data.title, data.date], file).toEqual([
          contest.id,
          contest.raceId,
          contest.title,
          contest.date,
        ]);
        expect(
          data.results.map((r) => [r.candidate.id, r.votes, r.percent, r.delegates, r.line]),
          file,
        ).toEqual(contest.results.map((r) => [r.candidateId, r.votes, r.percent, r.delegates, r.line]));
        expect([data.totalRow, data.delegatesAtStake, data.provenance.source.sha256], file).toEqual([
          contest.totals,
          contest.delegates,
          contest.source.sha256,
        ]);
      }
    } finally {
      await client.close();
    }
  }, 120_000);

  it('answers an oversized or binary document with a clear tool error over HTTP', async () => {
    const client = new Client({ name: 'tally-served-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${worker.origin}/mcp`)));
    try {
      const binary = await client.callTool({
        name: 'audit_document',
        arguments: { text: `= 2004 Iowa Democratic presidential caucuses =\n${'\u0000'.repeat(64)}PNG` },
      });
      expect(binary.isError).toBe(true);
      expect(JSON.stringify(binary.content)).toContain('document-binary');
      const large = await client.callTool({
        name: 'audit_document',
        arguments: { text: 'ü'.repeat(400 * 1024) },
      });
      expect(large.isError).toBe(true);
      expect(JSON.stringify(large.content)).toContain('document-too-large');
    } finally {
      await client.close();
    }
  });
});
