import { cpus, loadavg, release, totalmem } from 'node:os';

/** The machine a figure was measured on, in one line: CPU model, logical cores, memory, kernel, Node. */
export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${cores.length} logical cores, ${memory} GiB RAM, Linux ${release()}, Node ${process.version}`;
}

/** The 1-minute load average now: other work on the machine during a run shows here. */
export function loadAverage(): string {
  return (loadavg()[0] ?? 0).toFixed(2);
}
