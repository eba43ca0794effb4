// Size and start-up of the Worker bundle (README.md, "Size and start-up"):
//   node scripts/measure-bundle.ts [--data path/to/index.js] [--runs 7]
// Bundles the Worker as `wrangler deploy --dry-run --outdir` does (with `@tally/data` aliased to another data
// module when asked), then reports the upload size wrangler prints and the gzip of the bundle, and runs the
// bundle in `workerd serve` `runs` times: spawn to the first answer of `/healthz` (which loads the app and the
// data: the cold first request) and of an empty Worker, fastest of each, and workerd's resident memory after it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readWorkerSettings, renderWorkerdConfig, startWorkerd } from '@tally/harness/workerd';

const { values } = parseArgs({
  options: { data: { type: 'string' }, runs: { type: 'string', default: '7' } },
});
const here = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'tally-bundle-'));
const alias = values.data ? ['--alias', `@tally/data:${values.data}`] : [];
const built = spawnSync('pnpm', ['exec', 'wrangler', 'deploy', '--dry-run', '--outdir', out, ...alias], {
  cwd: here,
  encoding: 'utf8',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
});
if (built.status !== 0) throw new Error(built.stderr || built.stdout);
const upload = /Total Upload: .*/.exec(built.stdout)?.[0] ?? '(no Total Upload line)';
const bytes = readFileSync(join(out, 'index.js'));
const settings = readWorkerSettings(here);

writeFileSync(join(out, 'empty.js'), 'export default { fetch: () => new Response("ok") };\n');
async function firstAnswer(entry: string): Promise<{ ms: number; rssMiB: number }> {
  const config = join(out, `${entry}.capnp`);
  writeFileSync(
    config,
    renderWorkerdConfig({
      modules: [{ name: entry, kind: 'esModule' }],
      compatibilityDate: settings.compatibilityDate,
      compatibilityFlags: settings.compatibilityFlags,
      address: '127.0.0.1:0',
    }),
  );
  const running = await startWorkerd({
    config,
    probe: async (port) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status,
  });
  const status = readFileSync(`/proc/${running.pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  await running.stop();
  if (running.first !== 200) throw new Error(`${entry} answered ${running.first}`);
  return { ms: running.firstResponseMs, rssMiB: rssKiB / 1024 };
}

const runs = Number(values.runs);
const tally: { ms: number; rssMiB: number }[] = [];
const empty: { ms: number; rssMiB: number }[] = [];
for (let i = 0; i < runs; i++) {
  tally.push(await firstAnswer('index.js'));
  empty.push(await firstAnswer('empty.js'));
}
const fastest = (list: { ms: number }[]) => Math.min(...list.map((r) => r.ms));
console.log(`data module: ${values.data ?? '@tally/data'}`);
console.log(`wrangler: ${upload}`);
console.log(`bundle: ${bytes.byteLength} bytes, gzip ${gzipSync(bytes).byteLength} bytes`);
console.log(
  `first /healthz: ${fastest(tally).toFixed(1)} ms (fastest of ${runs}); empty Worker ${fastest(empty).toFixed(1)} ms; ` +
    `difference ${(fastest(tally) - fastest(empty)).toFixed(1)} ms; workerd resident memory after it ` +
    `${Math.max(...tally.map((r) => r.rssMiB)).toFixed(1)} MiB (empty Worker ${Math.max(...empty.map((r) => r.rssMiB)).toFixed(1)} MiB)`,
);
rmSync(out, { recursive: true, force: true });
