/** Small statistics over measured samples. */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile by linear interpolation between closest ranks; NaN for no values. */
export function percentile(values: readonly number[] | Float64Array, p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

export function perSecond(count: number, ms: number): number {
  return count / (ms / 1000);
}

/** A least-squares line through (x, y) points. */
export function linearFit(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  if (n < 2) throw new Error('a line needs two points');
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  const slope = num / den;
  return { slope, intercept: my - slope * mx };
}

/**
 * k in y ~ x^k: the slope of a least-squares line through (log x, log y). 1 is linear growth, 2
 * quadratic; NaN for fewer than two points.
 */
export function powerLawExponent(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  return logs.length < 2 ? Number.NaN : linearFit(logs).slope;
}
