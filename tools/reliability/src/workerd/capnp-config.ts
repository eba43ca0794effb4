/** How workerd loads one file of the bundle. */
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

const quote = (s: string) => JSON.stringify(s);

/**
 * The capnp text of a workerd config serving one Worker on one HTTP socket named `http`. The modules are
 * embedded by name, relative to the config file; the socket's port 0 lets the kernel choose a free one.
 */
export function renderCapnpConfig(options: {
  modules: readonly WorkerModule[];
  compatibilityDate: string;
  compatibilityFlags: readonly string[];
  address: string;
}): string {
  const modules = options.modules.map((m) => `(name = ${quote(m.name)}, ${m.kind} = embed ${quote(m.name)})`);
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = ${quote(options.address)}, http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [
    ${modules.join(',\n    ')}
  ],
  compatibilityDate = ${quote(options.compatibilityDate)},
  compatibilityFlags = [${options.compatibilityFlags.map(quote).join(', ')}],
);
`;
}
