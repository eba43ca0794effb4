/** Latencies in fixed bins of `resolutionMs`, up to `maxMs` (longer ones land in the last bin). */
export type LatencyHistogram = { resolutionMs: number; counts: Uint32Array; total: number };

export function createHistogram(resolutionMs = 0.01, maxMs = 10_000): LatencyHistogram {
  return { resolutionMs, counts: new Uint32Array(Math.ceil(maxMs / resolutionMs) + 1), total: 0 };
}

export function recordLatency(histogram: LatencyHistogram, ms: number): void {
  const bin = Math.min(histogram.counts.length - 1, Math.max(0, Math.floor(ms / histogram.resolutionMs)));
  histogram.counts[bin] = (histogram.counts[bin] ?? 0) + 1;
  histogram.total++;
}

/** The latency at or below which `p` percent of the recorded ones fall (the upper edge of its bin). */
export function percentile(histogram: LatencyHistogram, p: number): number {
  if (histogram.total === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * histogram.total);
  let seen = 0;
  for (let bin = 0; bin < histogram.counts.length; bin++) {
    seen += histogram.counts[bin] ?? 0;
    if (seen >= rank) return (bin + 1) * histogram.resolutionMs;
  }
  return histogram.counts.length * histogram.resolutionMs;
}
