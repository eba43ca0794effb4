/** The parts of a V8 CPU profile (`Profiler.stop()`, `.cpuprofile`) the summary reads. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
};

export type ProfileEntry = { name: string; share: number };

export type ProfileSummary = {
  sampledMs: number;
  /** Self time by area of code (the core's parse and audit layers, zod, hashing, GC, other). */
  areas: ProfileEntry[];
  /** The functions with the most self time, as `name (path:line)`. */
  functions: ProfileEntry[];
};

/** Which part of the code a script URL belongs to. */
export function areaOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return 'runtime';
  const layer = /packages\/core\/(?:dist|src)\/([a-z-]+)\//.exec(url)?.[1];
  if (layer) return `core ${layer}`;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:') || url === '') return 'runtime (regexp, builtins)';
  return 'other';
}

function shorten(url: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.+)$/.exec(url)?.[1];
  if (pkg) return pkg;
  const repo = /\/((?:packages|apps|tools)\/.+)$/.exec(url)?.[1];
  return repo ?? url.replace(/^file:\/\//, '');
}

/** Self time per area and per function, as shares of all sampled time, largest first. */
export function summarizeProfile(profile: CpuProfile, top = 8): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    // The profiler's own stop call is not the code under test.
    if (!frame || dt <= 0 || frame.url.startsWith('node:inspector')) return;
    total += dt;
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + dt);
    const where = frame.url ? ` (${shorten(frame.url)}:${frame.lineNumber + 1})` : '';
    const name = `${frame.functionName || '(anonymous)'}${where}`;
    functions.set(name, (functions.get(name) ?? 0) + dt);
  });
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({ name, share: total > 0 ? t / total : 0 }));
  return { sampledMs: total / 1000, areas: ranked(areas), functions: ranked(functions) };
}
