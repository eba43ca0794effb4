import { fixed, int } from '../format.ts';
import type { Row } from '../results.ts';
import type { CellResult } from '../steps/load-cell.ts';

// How the report writes one cell of a table: labels, rates, latencies, CPU per request.
export function scaleLabel(scale: string, contests: number | null): string {
  if (scale === 'seed') return `seed (${contests ?? 4})`;
  return int(Number(scale));
}

export function rowCells<T>(row: Row<T>, render: (v: T) => string[], width: number): string[] {
  const head = scaleLabel(row.scale, row.contests);
  if (row.ok) return [head, ...render(row.value)];
  return [head, `failed: ${row.error.replace(/\s+/g, ' ').slice(0, 240)}`, ...Array(width - 1).fill('')];
}

export const latency = (c: CellResult | null) => (c ? `${fixed(c.p50Ms, 2)} / ${fixed(c.p99Ms, 2)}` : 'n/a');
export const rps = (c: CellResult | null) => (c ? int(c.rps) : 'n/a');
export const cpu = (c: CellResult | null) =>
  c?.serverCpuUsPerRequest == null ? 'n/a' : fixed(c.serverCpuUsPerRequest, 0);

export const cpuUs = (c: CellResult | null) => c?.serverCpuUsPerRequest ?? Number.NaN;
export const cpuList = (cells: (CellResult | null | undefined)[]) =>
  cells.map((c) => cpu(c ?? null)).join(' / ');
