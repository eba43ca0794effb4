import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auditContest, parseContest } from '@tally/core';
import { reportResult } from '../child.ts';
import { dataDir } from '../workspace.ts';

export type DataBuildResult = {
  ms: number;
  outputBytes: number;
  outputFiles: number;
  /** The biggest file written, to show which output grows fastest. */
  largest: { path: string; bytes: number };
  /** Bytes of each file at the top of the output (not the per-contest records). */
  topFiles: Record<string, number>;
  maxRssBytes: number;
  acknowledged: number;
};

type BuildReport = {
  ok: boolean;
  problems: { file: string; code: string; message: string; lines: number[] }[];
};
type BuildModule = {
  buildDataPackage: (options: { sourcesDir: string; outDir: string }) => Promise<BuildReport>;
};

async function sizeOf(dir: string): Promise<{
  bytes: number;
  files: number;
  largest: { path: string; bytes: number };
  topFiles: Record<string, number>;
}> {
  let bytes = 0;
  let files = 0;
  let largest = { path: '', bytes: 0 };
  const topFiles: Record<string, number> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = (await stat(path)).size;
    bytes += size;
    files++;
    if (size > largest.bytes) largest = { path: relative(dir, path), bytes: size };
    if (resolve(entry.parentPath) === resolve(dir)) topFiles[entry.name] = size;
  }
  return { bytes, files, largest, topFiles };
}

/**
 * The data package refuses error findings nobody reviewed. A generated corpus disagrees with itself
 * on purpose (as real articles do), so its review is written here: one acknowledgement per error
 * finding, beside the sources, where the build looks for it.
 */
export async function acknowledgeGenerated(sourcesDir: string): Promise<number> {
  const entries: { file: string; code: string; lines: number[]; reason: string }[] = [];
  for (const name of (await readdir(sourcesDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const file = `sources/${name}`;
    const parsed = parseContest(new Uint8Array(await readFile(join(sourcesDir, name))), { file });
    if (!parsed.ok) continue;
    for (const finding of auditContest(parsed.contest)) {
      if (finding.severity !== 'error') continue;
      entries.push({
        file,
        code: finding.code,
        lines: finding.lines,
        reason: 'Synthetic benchmark document: the disagreement was generated on purpose.',
      });
    }
  }
  await writeFile(
    join(dirname(sourcesDir), 'acknowledgements.json'),
    `${JSON.stringify(entries, null, 2)}\n`,
  );
  return entries.length;
}

/** Runs the data package's own build over `sourcesDir` into `outDir`, timed, in this process. */
export async function runDataBuild(
  sourcesDir: string,
  outDir: string,
  generated: boolean,
): Promise<DataBuildResult> {
  const acknowledged = generated ? await acknowledgeGenerated(sourcesDir) : 0;
  const { buildDataPackage } = (await import(
    pathToFileURL(join(dataDir, 'scripts/build-data-package.ts')).href
  )) as BuildModule;
  const t0 = performance.now();
  const report = await buildDataPackage({ sourcesDir, outDir });
  const ms = performance.now() - t0;
  if (!report.ok) {
    const first = report.problems
      .slice(0, 5)
      .map((p) => `${p.file}:${p.lines[0] ?? 0} ${p.code}: ${p.message}`)
      .join('; ');
    throw new Error(`the data build failed with ${report.problems.length} problems: ${first}`);
  }
  const { bytes, files, largest, topFiles } = await sizeOf(outDir);
  return {
    ms,
    outputBytes: bytes,
    outputFiles: files,
    largest,
    topFiles,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    acknowledged,
  };
}

if (import.meta.main) {
  const [sourcesDir, outDir, kind] = process.argv.slice(2);
  if (!sourcesDir || !outDir)
    throw new Error('usage: node src/steps/data-build.ts SOURCES_DIR OUT_DIR [generated]');
  try {
    reportResult(await runDataBuild(sourcesDir, outDir, kind === 'generated'));
  } catch (e) {
    // One line for the report: what failed and where (the first frame outside node's internals).
    const error = e instanceof Error ? e : new Error(String(e));
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at .*file:\/\//.test(l))
      .slice(0, 2)
      .map((l) =>
        l
          .trim()
          .replace(/^at /, '')
          .replace(/file:\/\/\S*?\/(packages|apps|tools)\//, '$1/'),
      );
    const where = frames.length ? ` (at ${frames.join(', ')})` : '';
    process.stderr.write(`${error.name}: ${error.message}${where}\n`);
    process.exitCode = 1;
  }
}
