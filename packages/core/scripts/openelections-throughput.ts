// Reader throughput on the largest OpenElections files: node scripts/openelections-throughput.ts (after a build).
// For each file: the reader's CPU time (process.cpuUsage, user + system) over repeated reads after two warm-up
// reads, so a busy machine's waiting is not counted; MB/s is the file's bytes over the median CPU time of a read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readOpenElections } from '../dist/openelections/index.js';

const folder = new URL('../../data/sources/openelections/', import.meta.url).pathname;
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.csv'))
  .map((f) => ({ f, bytes: statSync(join(folder, f)).size }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, Number(process.argv[2] ?? 5));
for (const { f, bytes } of files) {
  const data = new Uint8Array(readFileSync(join(folder, f)));
  const name = f.split('/').pop() as string;
  for (let i = 0; i < 2; i++) readOpenElections(data, { file: name });
  const times: number[] = [];
  const until = performance.now() + 3000;
  while (times.length < 5 || performance.now() < until) {
    const start = process.cpuUsage();
    readOpenElections(data, { file: name });
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(
    `${name}: ${(bytes / 1e6).toFixed(2)} MB, median ${median.toFixed(0)} ms CPU (min ${times[0]?.toFixed(0)}) over ${times.length} reads: ${(bytes / 1e6 / (median / 1000)).toFixed(1)} MB/s`,
  );
}

// Scaling: the largest file's rows repeated k times with each copy's units renamed (k times the units, rows
// and bytes); CPU time per MB should stay flat if the reader is linear.
const largest = files[0];
if (largest && process.argv[3] === 'scale') {
  const text = readFileSync(join(folder, largest.f), 'utf8');
  const [head, ...body] = text.split(/\r\n|\r|\n/).filter((line) => line !== '');
  for (const k of [1, 2, 4, 8]) {
    const lines = [head];
    for (let copy = 0; copy < k; copy++)
      for (const line of body) lines.push(copy === 0 ? line : `${copy}-${line}`);
    const data = new TextEncoder().encode(`${lines.join('\n')}\n`);
    readOpenElections(data, { file: largest.f.split('/').pop() as string });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage();
      readOpenElections(data, { file: largest.f.split('/').pop() as string });
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    const best = Math.min(...times);
    console.log(
      `x${k}: ${(data.byteLength / 1e6).toFixed(1)} MB, best of 3 ${best.toFixed(0)} ms CPU, ${(best / (data.byteLength / 1e6)).toFixed(0)} ms/MB`,
    );
  }
}
