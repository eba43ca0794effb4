// `wrangler check startup` on apps/edge-api: the CPU its Worker's global scope takes in local workerd,
// under V8's profiler, and the bundle it measured. The figure the start-up target is judged on.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../stats.ts';
import { edgeApiDir, tools } from '../workspace.ts';

/** What one run of `wrangler check startup` printed. */
export type CheckStartup = {
  /** "Active": the profile's time neither idle nor waiting, CPU of the global scope. */
  activeMs: number;
  /** "Bundle: X KiB / gzip: Y KiB", in bytes (KiB as wrangler prints them, two decimals). */
  rawBytes: number | null;
  gzipBytes: number | null;
};

export type CheckStartupResult = {
  runs: number;
  /** Every run's Active figure, in the order run. */
  activeMs: number[];
  medianMs: number;
  rawBytes: number | null;
  gzipBytes: number | null;
};

const KIB = 1024;

/** Reads the Active and Bundle lines of `wrangler check startup`'s output (colours removed); null without Active. */
export function parseCheckStartup(output: string): CheckStartup | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes begin with ESC
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const active = /Active:\s*([\d.]+)\s*ms/.exec(text);
  if (!active) return null;
  const bundle = /Bundle:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(text);
  return {
    activeMs: Number(active[1]),
    rawBytes: bundle ? Math.round(Number(bundle[1]) * KIB) : null,
    gzipBytes: bundle ? Math.round(Number(bundle[2]) * KIB) : null,
  };
}

function runOnce(outfile: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [tools.wrangler, 'check', 'startup', '--outfile', outfile], {
      cwd: edgeApiDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`wrangler check startup exited with ${code}: ${output.slice(-2000)}`)),
    );
  });
}

/**
 * `wrangler check startup` in apps/edge-api, `runs` times (its own build of the Worker over the shipped
 * data each time): the median Active figure, every run's, and the bundle. One run's profile holds only a
 * few samples, so single runs are coarse; the median is what the target reads.
 */
export async function checkStartup(runs: number): Promise<CheckStartupResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tally-check-startup-'));
  try {
    const results: CheckStartup[] = [];
    for (let run = 0; run < runs; run++) {
      const output = await runOnce(join(dir, `startup-${run}.cpuprofile`));
      const parsed = parseCheckStartup(output);
      if (!parsed) throw new Error(`wrangler check startup printed no Active figure: ${output.slice(-1000)}`);
      results.push(parsed);
    }
    const activeMs = results.map((r) => r.activeMs);
    const last = results[results.length - 1];
    return {
      runs,
      activeMs,
      medianMs: median(activeMs),
      rawBytes: last?.rawBytes ?? null,
      gzipBytes: last?.gzipBytes ?? null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
