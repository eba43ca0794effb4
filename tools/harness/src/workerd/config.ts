/** How workerd loads one file of a bundle. */
export type WorkerModule = { name: string; kind: 'esModule' | 'commonJsModule' | 'text' | 'data' | 'wasm' };

/** How workerd should load a file wrangler wrote, by its extension; null for files that are not modules. */
export function moduleKind(file: string): WorkerModule['kind'] | null {
  if (/\.m?js$/.test(file)) return 'esModule';
  if (file.endsWith('.cjs')) return 'commonJsModule';
  if (file.endsWith('.wasm')) return 'wasm';
  if (/\.(txt|html|sql)$/.test(file)) return 'text';
  if (file.endsWith('.bin')) return 'data';
  return null;
}

/** The modules of a bundle directory's files, the entry first (workerd runs the first module). */
export function workerModules(files: readonly string[], entry: string): WorkerModule[] {
  if (!files.includes(entry)) throw new Error(`the bundle has no ${entry}: build the Worker first`);
  const modules: WorkerModule[] = [];
  for (const name of [entry, ...files.filter((f) => f !== entry).sort()]) {
    const kind = moduleKind(name);
    if (kind) modules.push({ name, kind });
  }
  return modules;
}

export type WorkerdConfig = {
  modules: readonly WorkerModule[];
  compatibilityDate: string;
  compatibilityFlags: readonly string[];
  /** Plain-text and JSON bindings, as wrangler's `vars`. */
  vars?: Record<string, unknown>;
  /** `host:port`; port 0 lets the kernel choose a free one, which `startWorkerd` reads back. */
  address: string;
};

const quote = (s: string) => JSON.stringify(s);

/**
 * The capnp text of a workerd config serving one Worker on one HTTP socket named `http`. The modules are
 * embedded by name, relative to the config file.
 */
export function renderWorkerdConfig(config: WorkerdConfig): string {
  const modules = config.modules.map((m) => `(name = ${quote(m.name)}, ${m.kind} = embed ${quote(m.name)})`);
  const bindings = Object.entries(config.vars ?? {}).map(([name, value]) =>
    typeof value === 'string'
      ? `(name = ${quote(name)}, text = ${quote(value)})`
      : `(name = ${quote(name)}, json = ${quote(JSON.stringify(value))})`,
  );
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = ${quote(config.address)}, http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [
    ${modules.join(',\n    ')}
  ],
  bindings = [${bindings.join(', ')}],
  compatibilityDate = ${quote(config.compatibilityDate)},
  compatibilityFlags = [${config.compatibilityFlags.map(quote).join(', ')}],
);
`;
}
