import type { LimitEstimate } from './limits.ts';
import type { D1LoadResult } from './steps/d1-load.ts';
import type { DataBuildResult } from './steps/data-build.ts';
import type { CellResult } from './steps/load-cell.ts';
import type { MemoryPoint } from './steps/memory.ts';
import type { ScalingResult } from './steps/scaling.ts';
import type { ThroughputResult } from './steps/throughput.ts';
import type { CheckStartupResult } from './worker/check-startup.ts';
import type { SocketOwner } from './workerd/socket-owner.ts';

/** Everything one bench run measured; the report and the targets are computed from this alone. */
export type BenchResults = {
  meta: Meta;
  corpus: CorpusRow[];
  throughput: Row<ThroughputResult>[];
  /** Parse + audit time of one document against its size, shape by shape (absent in runs before it existed). */
  scaling?: ScalingResult | { error: string };
  /** Peak memory of parsing and auditing one document of about 4 MiB, shape by shape (absent in runs before it existed). */
  memory?: MemoryRow[];
  dataBuild: Row<DataBuildRow>[];
  bundles: Row<BundleRow>[];
  /** `wrangler check startup` on apps/edge-api over the shipped data (absent in runs before it existed). */
  checkStartup?: CheckStartupResult | { error: string };
  /** Where the bundled data meets each Workers limit, from the measured bundles. */
  limits: LimitEstimate[];
  http: HttpMatrix[];
  /** The D1 Worker: its bundle, how requests reach it, and each corpus's database. */
  d1: D1Results;
  /** Lookups against the number of contests, for the bundled Worker and the D1 Worker. */
  lookupScale: LookupScaleRow[];
};

/** A measurement at one scale: `seed` (the shipped documents) or N generated documents. */
export type Row<T> = { scale: string; contests: number | null } & (
  | { ok: true; value: T }
  | { ok: false; error: string }
);

export type Meta = {
  date: string;
  quick: boolean;
  command: string;
  seed: number;
  cellSeconds: number;
  warmupSeconds: number;
  connections: number[];
  totalSeconds: number;
  machine: { cpu: string; cores: number; memoryBytes: number; os: string; loadAverage: number[] };
  versions: Record<string, string>;
};

/** One shape's memory measurement, or why it failed. */
export type MemoryRow = { shape: string } & ({ ok: true; value: MemoryPoint } | { ok: false; error: string });

export type CorpusRow = { scale: string; documents: number; bytes: number; generateMs: number | null };

export type DataBuildRow = DataBuildResult;

export type StartupResult = {
  runs: number;
  /** workerd with a Worker that only returns a constant: spawn to first response. */
  emptyMs: number;
  /** workerd with Tally's Worker: spawn to the first lookup's response. */
  firstLookupMs: number;
  /** The difference: what Tally's script, its data and its first lookup add to a cold start. */
  attributableMs: number;
  /** workerd with Tally's Worker: spawn to the first response of its constant route (script load, no lookup). */
  scriptMs: number;
  /** scriptMs less emptyMs: loading and evaluating Tally's script and data. */
  scriptAttributableMs: number;
  rssBytes: number | null;
  emptyRssBytes: number | null;
};

export type BundleRow = {
  rawBytes: number;
  gzipBytes: number;
  buildMs: number;
  wranglerReport: string | null;
  startup: StartupResult | { error: string } | null;
};

export type Target = 'worker' | 'floor' | 'json-server';
export type ScenarioName = 'lookup' | 'tally' | 'search' | 'revalidate';

export type HttpCell = {
  /** `floor-sized`: a constant response with the lookup's status, headers and body (`/__floor-sized`). */
  scenario: ScenarioName | 'floor' | 'floor-sized';
  target: Target;
  connections: number;
  path: string;
  responseBytes: number | null;
  result: CellResult | null;
  error?: string;
  /** Responses whose status was not the one the scenario expects. */
  unexpected: number;
};

export type HttpMatrix = { scale: string; contests: number; cells: HttpCell[]; error?: string };

/** Where the API reads its data: the bundle (memory) or D1. */
export type LookupStore = 'bundled' | 'd1';

/** A lookup cell cycling through distinct contest ids, and what the Worker's replay cache held after it. */
export type DistinctLookup = {
  /** The distinct ids cycled through (every contest, up to DISTINCT_IDS). */
  ids: number;
  result: CellResult | null;
  /** The replay cache's entries and their bytes after the cell (`/__replays`). */
  replayEntries: number | null;
  replayBytes: number | null;
  /** Responses that were not 200. */
  unexpected: number;
  error?: string;
};

export type LookupScaleRow = {
  scale: string;
  contests: number | null;
  store: LookupStore;
  connections: number;
  /** One id again and again: after its first request, answered from the replay cache. */
  lookup: CellResult | null;
  distinct: DistinctLookup | null;
  floor: CellResult | null;
  /** The D1 Worker only: one `SELECT 1` through the binding, then the floor's body. */
  d1RoundTrip?: CellResult | null;
  error?: string;
};

/** A socket of the D1 Worker's workerd, who holds it, and the floor route measured through it. */
export type D1AccessPath = {
  port: number;
  owner: SocketOwner | null;
  floor: CellResult | null;
  error?: string;
};

/** How requests reach the D1 Worker in miniflare, checked once per run on the floor route. */
export type D1Access = {
  workerdPid: number | null;
  /** miniflare's Node process, which started workerd. */
  hostPid: number | null;
  /** `await mf.ready`'s URL: miniflare's entry Worker, then the D1 Worker. */
  entry: D1AccessPath;
  /** The direct socket (`unsafeDirectSockets`), which the D1 cells use. */
  direct: D1AccessPath;
  /** The same bundle under plain `workerd serve` (own capnp config, no D1 binding). */
  plain: D1AccessPath;
};

export type D1Database = D1LoadResult & {
  /** Spawn to the floor's first answer: Node, miniflare and workerd starting over the loaded database. */
  startMs: number;
  /** The first contest lookup after that: the app's modules, and the manifest read from D1. */
  firstLookupMs: number | null;
  /** workerd's resident memory after the lookup cells. */
  rssBytes: number | null;
};

export type D1Results = {
  bundle: { rawBytes: number; gzipBytes: number; buildMs: number } | { error: string } | null;
  access: D1Access | null;
  databases: Row<D1Database>[];
};
